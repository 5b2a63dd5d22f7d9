package dev.talkwatch.curate;

import dev.talkwatch.catalog.DiaryEntry;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.catalog.VideoState;

/** A diary entry with the video it names and the user's rating of it (null when unrated). */
public record DiaryLine(DiaryEntry entry, VideoState state, Stars rating) {
}
