package dev.talkwatch.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One listing of the catalog or the curation, as the command line's {@code --format json} and
 * {@code csv} print it and the web app's JSON and CSV links serve it: the same rows and the same
 * fields in both. Each row is an object with {@code keys}; in CSV a list (the speakers) is one cell,
 * its entries joined by "; ", and null is an empty cell.
 *
 * @param keys the keys of every row, in order: the CSV header
 * @param rows the rows
 */
public record Listing(List<String> keys, ArrayNode rows) {

    public Listing {
        keys = List.copyOf(keys);
    }

    /** Pretty JSON, an array of the rows, ending with a line break. */
    public String json() {
        return ItemListing.write(rows);
    }

    /** RFC 4180 CSV: the header, then a line per row. */
    public String csv() {
        StringBuilder out = new StringBuilder(Csv.row(keys));
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>(keys.size());
            keys.forEach(key -> cells.add(cell(row.get(key))));
            out.append(Csv.row(cells));
        }
        return out.toString();
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining("; "));
        }
        if (value.isFloatingPointNumber()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.asText();
    }
}
