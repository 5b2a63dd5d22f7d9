package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON parser setup shared by the readers, and user-facing wording for JSON syntax errors. */
final class JsonSources {

    // Browser saves and HAR files carry very long strings; YouTube nests deeply but well under this.
    static final ObjectMapper MAPPER = JsonMapper.builder(
                    com.fasterxml.jackson.core.JsonFactory.builder()
                            .streamReadConstraints(StreamReadConstraints.builder()
                                    .maxStringLength(Integer.MAX_VALUE)
                                    .maxNestingDepth(2_000)
                                    .build())
                            .build())
            .build();

    private JsonSources() {
    }

    static UnreadableSourceException unreadable(String sourceName, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        if (e instanceof JsonEOFException) {
            return new UnreadableSourceException(sourceName,
                    "the JSON ends early" + where + "; the file looks truncated, save or download it again", e);
        }
        return new UnreadableSourceException(sourceName,
                "the JSON is malformed" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
    }
}
