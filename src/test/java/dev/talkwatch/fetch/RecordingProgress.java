package dev.talkwatch.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a fetch reported, and the waits it asked for (without waiting). */
final class RecordingProgress implements FetchProgress {

    final List<String> pages = new ArrayList<>();
    final List<String> retries = new ArrayList<>();
    final List<Duration> sleeps = new ArrayList<>();

    @Override
    public void page(int page, int videos, Integer expected) {
        pages.add(page + ":" + videos + "/" + expected);
    }

    @Override
    public void retry(String reason, int attempt, Duration delay) {
        retries.add(attempt + " " + reason);
    }

    /** A policy of 5 attempts whose waits are recorded, not slept. */
    RetryPolicy retries() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(2), sleeps::add,
                new java.util.Random(1));
    }
}
