package dev.talkwatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Lists of strings kept in one column as a JSON array: a post's tags and lines, pyvideo's speakers. */
final class JsonLists {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private JsonLists() {
    }

    static String write(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    /** The list a column holds; empty for null. Throws a {@link StoreException} naming {@code what} for other JSON. */
    static List<String> read(String json, String what) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new StoreException(what + " stored in the catalog is not the JSON list talkwatch wrote: " + json, e);
        }
    }
}
