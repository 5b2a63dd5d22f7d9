package dev.talkwatch.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers what a pure reading of short texts gave, for the texts a playlist repeats ("3.6K
 * views", "2 weeks ago": a few hundred distinct ones among thousands of videos). Bounded: when full
 * it starts again, so a long run never holds more than {@code capacity} answers. Thread-safe.
 */
final class TextMemo<V> {

    /** The longest text kept: a memo of 4,096 texts of 10 MB each, from a damaged file, filled the heap. */
    static final int LONGEST = 100;

    private final Function<String, V> reading;
    private final int capacity;
    private final Map<String, V> answers = new ConcurrentHashMap<>();

    TextMemo(int capacity, Function<String, V> reading) {
        this.capacity = capacity;
        this.reading = reading;
    }

    /** What the reading gives for {@code text}, which must not be null; the reading must not return null. */
    V get(String text) {
        if (text.length() > LONGEST) {
            return reading.apply(text); // no count or age is this long: a damaged file's text, not worth keeping
        }
        V known = answers.get(text);
        if (known != null) {
            return known;
        }
        V value = reading.apply(text);
        if (answers.size() >= capacity) {
            answers.clear();
        }
        answers.put(text, value);
        return value;
    }
}
