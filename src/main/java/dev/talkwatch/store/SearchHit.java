package dev.talkwatch.store;

/** A search result: the video, its rank (lower is better) and an excerpt with the words found in [brackets]. */
public record SearchHit(String videoId, double rank, String excerpt) {
}
