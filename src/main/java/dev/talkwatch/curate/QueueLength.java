package dev.talkwatch.curate;

import java.time.Duration;
import java.util.List;

/** How long the queued talks last together, and how many of them are of unknown length (left out of the total). */
public record QueueLength(Duration total, int unknown) {

    public static QueueLength of(List<QueuedTalk> queue) {
        Duration total = Duration.ZERO;
        int unknown = 0;
        for (QueuedTalk talk : queue) {
            Integer seconds = talk.state().video().durationSeconds();
            if (seconds == null) {
                unknown++;
            } else {
                total = total.plusSeconds(seconds);
            }
        }
        return new QueueLength(total, unknown);
    }

    /** A length such as "2 h 05 min" or "45 min". */
    public static String hoursAndMinutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 60 ? String.format("%d h %02d min", minutes / 60, minutes % 60) : minutes + " min";
    }
}
