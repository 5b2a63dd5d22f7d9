package dev.talkwatch.catalog;

import java.time.LocalDate;

/** A day a video was watched, and where the entry came from ("manual", "takeout", "post"). */
public record DiaryEntry(LocalDate watchedOn, String videoId, String source) {
}
