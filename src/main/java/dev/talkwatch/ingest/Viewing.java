package dev.talkwatch.ingest;

import java.time.LocalDate;

/** A day a video was watched, as a watch history says. */
public record Viewing(String videoId, LocalDate day) {
}
