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
}
