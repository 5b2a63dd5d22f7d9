package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON parser setup shared by the readers, and user-facing wording for JSON syntax errors. */
public final class JsonSources {

    static final int DEEPEST = 2_000;

    // Browser saves and HAR files carry very long strings; YouTube nests deeply but well under this.
    static final ObjectMapper MAPPER = JsonMapper.builder(
                    com.fasterxml.jackson.core.JsonFactory.builder()
                            .streamReadConstraints(StreamReadConstraints.builder()
                                    .maxStringLength(Integer.MAX_VALUE)
                                    .maxNestingDepth(DEEPEST)
                                    .build())
                            .build())
            .build();

    private JsonSources() {
    }

    static UnreadableSourceException unreadable(String sourceName, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException limit) {
            return new UnreadableSourceException(sourceName, constraint(limit), e);
        }
        if (e instanceof JsonEOFException) {
            String end = at != null && at.getByteOffset() >= 0
                    ? ", at byte " + String.format(java.util.Locale.ROOT, "%,d", at.getByteOffset()) : where;
            return new UnreadableSourceException(sourceName,
                    "the JSON ends early" + end + "; the file looks truncated, save or download it again", e);
        }
        return new UnreadableSourceException(sourceName,
                "the JSON is malformed" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    }

    /** The JSON document in {@code source}, or one line saying why it cannot be read (truncated, malformed, too deep). */
    public static com.fasterxml.jackson.databind.JsonNode tree(Source source) {
        try (java.io.InputStream in = source.open()) {
            com.fasterxml.jackson.databind.JsonNode tree = MAPPER.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                throw new UnreadableSourceException(source.name(), "the file is empty");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw unreadable(source.name(), e);
        } catch (java.io.IOException e) {
            throw new UnreadableSourceException(source.name(), java.util.Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
        }
    }

    /** A limit of the parser's, in words: the library's own message names its internals. */
    static String constraint(com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
        JsonLocation at = e.getLocation();
        String where = at == null || at.getByteOffset() < 0 ? "" : " (at byte " + String.format(java.util.Locale.ROOT, "%,d", at.getByteOffset()) + ")";
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "the JSON is nested more than " + String.format(java.util.Locale.ROOT, "%,d", DEEPEST)
                    + " levels deep" + where + ", deeper than talkwatch reads";
        }
        if (message.contains("Number value length")) {
            return "the JSON holds a number of more than 1,000 digits" + where + "; no YouTube response does";
        }
        return "the JSON holds a value larger than talkwatch reads" + where;
    }
}
