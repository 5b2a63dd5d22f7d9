package dev.talkwatch.catalog;

/**
 * One YouTube video: its current title, the talk parsed from that title, and what the sources
 * said about it. {@code channel} and {@code durationSeconds} may be null.
 */
public record Video(String id, String title, String channel, Integer durationSeconds, Talk talk) {
}
