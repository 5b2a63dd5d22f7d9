package dev.talkwatch.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML of a post's front matter, written and read by one library (SnakeYAML, through Jackson),
 * so that what the recap writes reads back as the same text, escapes and all. Scalars are written
 * double-quoted on one line; reading gives each top-level field's scalar as text and a sequence as
 * its items' texts.
 */
public final class FrontMatterYaml {

    // made on first use: a command that writes no post loads none of YAML
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .build());
    }

    private FrontMatterYaml() {
    }

    /** {@code text} as a double-quoted YAML scalar, on one line. */
    public static String quoted(String text) {
        try {
            // a scalar alone is written as a document of its own ("--- ..."); as a field's value it is not
            String field = Yaml.MAPPER.writeValueAsString(Map.of("v", text));
            return field.substring("v: ".length()).stripTrailing();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string is always YAML", e);
        }
    }

    /**
     * The fields of a front matter block (the lines between its {@code ---}): a scalar as its text, a
     * sequence as the list of its items' texts; a mapping is left out. Empty when the block is not a
     * YAML mapping, with the parser's first line in {@code problem}.
     */
    public static Optional<Map<String, Object>> read(String block, StringBuilder problem) {
        JsonNode tree;
        try {
            tree = Yaml.MAPPER.readTree(block);
        } catch (JsonProcessingException e) {
            problem.append(e.getOriginalMessage().lines().findFirst().orElse("not YAML"));
            return Optional.empty();
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return Optional.of(Map.of());
        }
        if (!tree.isObject()) {
            problem.append("it is not a list of fields");
            return Optional.empty();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        tree.properties().forEach(field -> {
            JsonNode value = field.getValue();
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> {
                    if (item.isValueNode() && !item.isNull()) {
                        items.add(item.asText());
                    }
                });
                fields.put(field.getKey(), items);
            } else if (value.isValueNode() && !value.isNull()) {
                fields.put(field.getKey(), value.asText());
            }
        });
        return Optional.of(fields);
    }
}
