package dev.talkwatch.store;

/** A speaker of the catalog, as one of their talks spells the name, and how many videos name them. */
public record SpeakerCount(String name, int talks) {
}
