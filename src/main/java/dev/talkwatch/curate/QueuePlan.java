package dev.talkwatch.curate;

import java.time.Duration;
import java.util.List;

/**
 * What of the queue fits in the time given: the chosen talks, best-rated then most-viewed first,
 * their total, and the queued talks left out for want of a known duration.
 */
public record QueuePlan(Duration available, List<QueuedTalk> talks, Duration total, List<QueuedTalk> withoutDuration) {

    public QueuePlan {
        talks = List.copyOf(talks);
        withoutDuration = List.copyOf(withoutDuration);
    }
}
