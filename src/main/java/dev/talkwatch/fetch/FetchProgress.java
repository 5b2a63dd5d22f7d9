package dev.talkwatch.fetch;

import java.time.Duration;

/** Hears how a fetch goes: each page as it arrives, and each retry. Implementations print it. */
public interface FetchProgress {

    /** Page {@code page} arrived; {@code videos} have arrived so far, of {@code expected} (null if unknown). */
    void page(int page, int videos, Integer expected);

    /** A request failed with {@code reason}; attempt {@code attempt} follows after {@code delay}. */
    void retry(String reason, int attempt, Duration delay);
}
