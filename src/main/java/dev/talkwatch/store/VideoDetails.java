package dev.talkwatch.store;

import java.time.LocalDate;
import java.util.List;

/**
 * What a catalogue of talks (pyvideo.org) adds to a video: the full talk title, the speakers' full
 * names in order, the recording date and a description. Null fields and an empty list add nothing.
 */
public record VideoDetails(String videoId, String fullTitle, List<String> speakers, LocalDate recordedOn,
        String description, Integer durationSeconds) {

    public VideoDetails {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    /** These details with {@code later}'s where it has them: its non-null fields, its speakers if any. */
    public VideoDetails mergedWith(VideoDetails later) {
        return new VideoDetails(videoId, later.fullTitle != null ? later.fullTitle : fullTitle,
                later.speakers.isEmpty() ? speakers : later.speakers,
                later.recordedOn != null ? later.recordedOn : recordedOn,
                later.description != null ? later.description : description,
                later.durationSeconds != null ? later.durationSeconds : durationSeconds);
    }
}
