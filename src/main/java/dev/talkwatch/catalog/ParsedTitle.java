package dev.talkwatch.catalog;

/** A title's {@link Talk} and the pattern that read it ({@code {title}} when none of the convention's did). */
public record ParsedTitle(Talk talk, TitlePattern pattern) {
}
