package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reading YouTube's JSON text shapes: {@code simpleText}, {@code runs[*].text}, {@code content}. */
final class Nodes {

    // The readers name a few dozen pointers, each read for every item: each is compiled once.
    private static final Map<String, JsonPointer> POINTERS = new ConcurrentHashMap<>();

    private Nodes() {
    }

    /** The node at a JSON pointer ("/a/0/b"), or a missing node; {@link JsonNode#at(String)} with the pointer kept. */
    static JsonNode at(JsonNode node, String pointer) {
        return node.at(POINTERS.computeIfAbsent(pointer, JsonPointer::compile));
    }

    /** The text of a YouTube text object, or null when it holds none. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.hasNonNull("simpleText")) {
            return node.get("simpleText").asText();
        }
        if (node.hasNonNull("content")) {
            return node.get("content").asText();
        }
        JsonNode runs = node.path("runs");
        if (runs.isArray() && !runs.isEmpty()) {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.path("text").asText("")));
            return text.toString();
        }
        return null;
    }

    /** The string at a JSON pointer ("/a/0/b"), or null. */
    static String string(JsonNode node, String pointer) {
        JsonNode value = at(node, pointer);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    /** The non-negative integer at a JSON pointer, given as a number or a numeric string, or null. */
    static Integer integer(JsonNode node, String pointer) {
        JsonNode value = at(node, pointer);
        if (value.isIntegralNumber()) {
            return value.asInt();
        }
        if (value.isTextual()) {
            String digits = value.asText().strip();
            if (!digits.isEmpty() && digits.length() < 10 && digits.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(digits);
            }
        }
        return null;
    }
}
