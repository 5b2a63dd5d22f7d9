package dev.talkwatch.store;

import dev.talkwatch.catalog.TalkwatchException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Rounds of refresh jobs, one per tracked playlist, shared by every worker that refreshes the
 * catalog: threads of one process, and processes on other machines (on PostgreSQL). A worker claims
 * the next open job for a lease, renews the lease while it fetches, and marks the job done in the
 * transaction that stores the fetch ({@link #finish}); a job whose lease ran out (its worker died)
 * is claimed again by another. So each playlist of a round is refreshed once, whoever does it.
 */
public final class RefreshJobs {

    /**
     * How long a round with no live lease may still be joined after it began: workers started
     * together (cron on several machines) share one round; a round left unfinished long ago is not
     * taken up again by tomorrow's run, which starts a round of its own.
     */
    static final Duration JOINABLE = Duration.ofMinutes(10);

    // PostgreSQL's advisory lock that whoever decides on the round holds: "talk" in ASCII
    private static final long ROUND_LOCK = 0x74616c6bL;

    /** A claimed job: the round, the playlist and who holds it. */
    public record Job(long round, String playlistId, String worker) {
    }

    private final Database database;

    public RefreshJobs(Database database) {
        this.database = database;
    }

    /**
     * The round to work on: the newest unfinished one, while someone holds a lease in it or it began
     * less than {@link #JOINABLE} ago; else a new round of {@code playlistIds}, in that order.
     */
    public long round(List<String> playlistIds, Instant now) {
        try {
            return database.inTransaction(handle -> {
                if (handle.dialect() == Dialect.POSTGRESQL) {
                    // one worker at a time decides, so that workers starting together make one round
                    handle.lockUntilCommit(ROUND_LOCK);
                }
                String at = Times.format(now);
                Optional<Long> open = handle.createQuery("""
                        SELECT r.id FROM refresh_round r
                        WHERE r.finished_at IS NULL AND (r.started_at > :since OR EXISTS (
                            SELECT 1 FROM refresh_job j WHERE j.round_id = r.id AND j.done_at IS NULL AND j.lease_until > :now))
                        ORDER BY r.id DESC LIMIT 1
                        """).bind("since", Times.format(now.minus(JOINABLE))).bind("now", at).mapTo(Long.class).findFirst();
                if (open.isPresent()) {
                    return open.get();
                }
                long round = handle.createUpdate("INSERT INTO refresh_round (started_at) VALUES (:now)").bind("now", at)
                        .executeReturningKey();
                PreparedBatch jobs = handle.prepareBatch(
                        "INSERT INTO refresh_job (round_id, playlist_id, ordinal) VALUES (:round, :playlist, :ordinal)");
                for (int i = 0; i < playlistIds.size(); i++) {
                    jobs.bind("round", round).bind("playlist", playlistIds.get(i)).bind("ordinal", i + 1).add();
                }
                jobs.execute();
                return round;
            });
        } catch (UncheckedSqlException e) {
            throw database.failure("start a round of refreshes", e);
        }
    }

    /** Claims the round's next job that is free or whose lease ran out, for {@code lease}; empty when there is none now. */
    public Optional<Job> claim(long round, String worker, Instant now, Duration lease) {
        try {
            return database.inTransaction(handle -> handle.createQuery("""
                    UPDATE refresh_job SET worker = :worker, lease_until = :until, attempts = attempts + 1
                    WHERE round_id = :round AND playlist_id = (
                        SELECT playlist_id FROM refresh_job
                        WHERE round_id = :round AND done_at IS NULL AND (lease_until IS NULL OR lease_until <= :now)
                        ORDER BY ordinal LIMIT 1 %s)
                    RETURNING playlist_id
                    """.formatted(handle.dialect() == Dialect.POSTGRESQL ? "FOR UPDATE SKIP LOCKED" : ""))
                    .bind("worker", worker).bind("until", Times.format(now.plus(lease))).bind("round", round)
                    .bind("now", Times.format(now))
                    .mapTo(String.class).findFirst().map(playlist -> new Job(round, playlist, worker)));
        } catch (UncheckedSqlException e) {
            throw database.failure("claim a refresh", e);
        }
    }

    /** Holds the job longer, while its worker is still at it; false when it is no longer the worker's. */
    public boolean renew(Job job, Instant now, Duration lease) {
        try {
            return database.withHandle(handle -> handle.createUpdate("""
                    UPDATE refresh_job SET lease_until = :until
                    WHERE round_id = :round AND playlist_id = :playlist AND worker = :worker AND done_at IS NULL
                    """).bind("until", Times.format(now.plus(lease))).bind("round", job.round())
                    .bind("playlist", job.playlistId()).bind("worker", job.worker()).execute() == 1);
        } catch (UncheckedSqlException e) {
            throw database.failure("renew a refresh's lease", e);
        }
    }

    /**
     * Marks the job done, as part of the transaction that stores what its fetch saw: when the job
     * is no longer the worker's (its lease ran out and another took it), this throws, and that
     * transaction stores nothing.
     */
    public static void finish(CatalogWriter writer, Job job, Instant now) {
        int marked = writer.handle().createUpdate("""
                UPDATE refresh_job SET done_at = :now, lease_until = NULL
                WHERE round_id = :round AND playlist_id = :playlist AND worker = :worker AND done_at IS NULL
                """).bind("now", Times.format(now)).bind("round", job.round()).bind("playlist", job.playlistId())
                .bind("worker", job.worker()).execute();
        if (marked != 1) {
            throw new TalkwatchException("the refresh of " + job.playlistId() + " was taken over by another worker"
                    + " (this one held it too long); it stored nothing");
        }
    }

    /** Marks the job done as failed: a round tries each playlist once. */
    public void fail(Job job, String failure, Instant now) {
        try {
            database.useHandle(handle -> handle.createUpdate("""
                    UPDATE refresh_job SET done_at = :now, lease_until = NULL, failure = :failure
                    WHERE round_id = :round AND playlist_id = :playlist AND worker = :worker AND done_at IS NULL
                    """).bind("now", Times.format(now)).bind("failure", failure).bind("round", job.round())
                    .bind("playlist", job.playlistId()).bind("worker", job.worker()).execute());
        } catch (UncheckedSqlException e) {
            throw database.failure("record a failed refresh", e);
        }
    }

    /**
     * How many of the round's jobs are not done (held by a worker, or waiting); the round is marked
     * finished when none is left.
     */
    public long open(long round, Instant now) {
        try {
            return database.inTransaction(handle -> {
                long open = handle.createQuery("SELECT COUNT(*) FROM refresh_job WHERE round_id = :round AND done_at IS NULL")
                        .bind("round", round).mapTo(Long.class).one();
                if (open == 0) {
                    handle.createUpdate("UPDATE refresh_round SET finished_at = :now WHERE id = :round AND finished_at IS NULL")
                            .bind("now", Times.format(now)).bind("round", round).execute();
                }
                return open;
            });
        } catch (UncheckedSqlException e) {
            throw database.failure("read a round of refreshes", e);
        }
    }
}
