package dev.talkwatch.ingest;

/**
 * Something in a source that could not be read, such as one malformed entry among hundreds. It is
 * reported, and the rest of the source is still imported. {@code where} locates it ("item 12",
 * "line 3") and may be empty.
 */
public record ImportProblem(String source, String where, String message) {

    @Override
    public String toString() {
        return where.isEmpty() ? source + ": " + message : source + ": " + where + ": " + message;
    }
}
