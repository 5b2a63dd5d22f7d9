-- Refreshes of every tracked playlist as rounds of jobs, so that several workers (threads, processes,
-- machines) share one round: each claims a playlist for a while (a lease, renewed while it works),
-- and a worker that dies leaves its job to be taken over when the lease runs out. The job is marked
-- done in the same transaction that stores what its fetch saw, so no playlist is refreshed twice in
-- a round. Operational state, not catalog: a backup leaves it out.
CREATE TABLE refresh_round (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at  TEXT NOT NULL,
    finished_at TEXT
);

CREATE TABLE refresh_job (
    round_id    INTEGER NOT NULL REFERENCES refresh_round (id),
    playlist_id TEXT    NOT NULL REFERENCES playlist (id),
    ordinal     INTEGER NOT NULL,
    worker      TEXT,
    lease_until TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    done_at     TEXT,
    failure     TEXT,
    PRIMARY KEY (round_id, playlist_id)
);
CREATE INDEX refresh_job_open ON refresh_job (round_id, ordinal) WHERE done_at IS NULL;
