package dev.talkwatch.curate;

import dev.talkwatch.catalog.VideoState;

/** A video found by search, with an excerpt of where the words were found. */
public record SearchResult(VideoState state, String excerpt) {
}
