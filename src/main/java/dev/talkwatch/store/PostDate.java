package dev.talkwatch.store;

import java.time.Instant;

/** A post of a playlist: the date it carries, and when it was written. */
public record PostDate(Instant date, Instant writtenAt) {
}
