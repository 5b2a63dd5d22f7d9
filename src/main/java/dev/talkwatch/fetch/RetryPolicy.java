package dev.talkwatch.fetch;

import java.time.Duration;
import java.util.Random;

/**
 * How often and how patiently to ask again: a bounded number of attempts, exponential backoff with
 * full jitter, never longer than {@code cap}, and a server's Retry-After honoured up to
 * {@code maxRetryAfter}. {@code sleeper} waits (tests pass one that does not).
 */
public record RetryPolicy(int attempts, Duration base, Duration cap, Duration maxRetryAfter, Sleeper sleeper, Random jitter) {

    /** Waits for a while. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2),
                duration -> Thread.sleep(duration.toMillis()), new Random());
    }

    /** The wait before attempt {@code attempt} (2 is the first retry), or the server's when it named one. */
    Duration delay(int attempt, Duration retryAfter) {
        if (retryAfter != null) {
            return retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
        }
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 2, 20));
        return Duration.ofMillis(ceiling <= 0 ? 0 : (long) (jitter.nextDouble() * ceiling));
    }
}
