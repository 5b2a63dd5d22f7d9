package dev.talkwatch.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkwatch.catalog.Estimate;
import dev.talkwatch.catalog.PlaylistChange;
import dev.talkwatch.catalog.TrendRow;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Trends and playlist changes as JSON, one object per video or change. An estimate is an object
 * {@code {"estimate", "low", "high", "exact"}}: its range and its middle, exact only when both ends
 * are and no count behind it was copied.
 */
public final class TrendJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private TrendJson() {
    }

    public static String trend(List<TrendRow> rows) {
        ArrayNode array = JSON.createArrayNode();
        for (TrendRow row : rows) {
            ObjectNode object = array.addObject();
            object.put("position", row.item().position());
            object.put("videoId", row.item().video().id());
            object.put("title", row.item().video().title());
            object.put("url", row.item().url());
            if (row.latest() == null) {
                object.putNull("views");
            } else {
                ObjectNode views = object.putObject("views");
                views.put("value", row.latest().views().value());
                views.put("text", row.latest().views().text());
                views.put("exact", row.latest().views().exact());
            }
            instant(object, "capturedAt", row.latest() == null ? null : row.latest().capturedAt());
            instant(object, "baselineAt", row.baseline() == null ? null : row.baseline().capturedAt());
            estimate(object, "gained", row.gained());
            estimate(object, "gainedPerDay", row.gainedPerDay());
            estimate(object, "viewsPerDaySinceUpload", row.viewsPerDay());
            instant(object, "uploadedAfter", row.uploadedAfter());
            instant(object, "uploadedBefore", row.uploadedBefore());
            object.put("uploadExact", row.uploadExact());
            integer(object, "percentile", row.percentile());
            integer(object, "rank", row.rank());
            integer(object, "previousRank", row.previousRank());
            integer(object, "rankChange", row.rankChange());
        }
        return write(array);
    }

    public static String changes(List<PlaylistChange> changes, Instant from, Instant to) {
        ArrayNode array = JSON.createArrayNode();
        for (PlaylistChange change : changes) {
            ObjectNode object = array.addObject();
            object.put("change", change.kind().label());
            object.put("videoId", change.videoId());
            object.put("title", change.title());
            object.put("before", change.before());
            object.put("after", change.after());
            instant(object, "from", from);
            instant(object, "to", to);
        }
        return write(array);
    }

    private static void estimate(ObjectNode object, String name, Estimate estimate) {
        if (estimate == null) {
            object.putNull(name);
            return;
        }
        ObjectNode node = object.putObject(name);
        node.put("estimate", round(estimate.middle()));
        node.put("low", round(estimate.low()));
        node.put("high", round(estimate.high()));
        node.put("exact", estimate.exact());
    }

    /**
     * To the hundredth, written plain: a double past ten million would print as {@code 1.88735768E9},
     * which some readers of the JSON (a spreadsheet, jq's older releases) take as text or round.
     */
    private static BigDecimal round(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 1 ? rounded.setScale(1) : rounded;
    }

    private static void integer(ObjectNode object, String name, Integer value) {
        if (value == null) {
            object.putNull(name);
        } else {
            object.put(name, value);
        }
    }

    private static void instant(ObjectNode object, String name, Instant value) {
        object.put(name, value == null ? null : value.toString());
    }

    private static String write(ArrayNode array) {
        try {
            return JSON.writeValueAsString(array) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
