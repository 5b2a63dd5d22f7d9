package dev.talkwatch.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Snapshot;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.Video;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A playlist's items as JSON (an array of objects with stable keys) or CSV (one header row, then
 * a row per item). Both carry the same fields.
 */
public final class ItemListing {

    /** The keys of each JSON object, in order; the CSV header uses the same names. */
    public static final List<String> KEYS = List.of("id", "position", "title", "url", "channel", "durationSeconds",
            "views", "viewsText", "viewsExact", "capturedAt", "track", "speakers", "talkTitle", "truncated", "status",
            "publishedAt", "recordedOn");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ItemListing() {
    }

    public static String json(List<PlaylistItem> items) {
        return listing(items).json();
    }

    /** The items as a listing with {@link #KEYS}: its JSON is {@link #json}, its CSV {@link #csv}. */
    public static Listing listing(List<PlaylistItem> items) {
        ArrayNode array = JSON.createArrayNode();
        items.forEach(item -> array.add(object(item.video(), item.latest(), item.position(), item.url())));
        return new Listing(KEYS, array);
    }

    /**
     * One video as a JSON object with {@link #KEYS}; {@code position} and {@code url} say where it
     * sits in a playlist (null and its plain watch URL when it is in none).
     */
    public static ObjectNode object(Video video, Snapshot latest, Integer position, String url) {
        ObjectNode object = JSON.createObjectNode();
        Talk talk = video.talk();
        object.put("id", video.id());
        object.put("position", position);
        object.put("title", video.title());
        object.put("url", url);
        object.put("channel", video.channel());
        object.put("durationSeconds", video.durationSeconds());
        if (latest != null) {
            object.put("views", latest.views().value());
            object.put("viewsText", latest.views().text());
            object.put("viewsExact", latest.views().exact());
            object.put("capturedAt", latest.capturedAt().toString());
        } else {
            object.putNull("views");
            object.putNull("viewsText");
            object.putNull("viewsExact");
            object.putNull("capturedAt");
        }
        object.put("track", talk.track());
        ArrayNode speakers = object.putArray("speakers");
        talk.speakers().forEach(speakers::add);
        object.put("talkTitle", talk.title());
        object.put("truncated", talk.truncated());
        object.put("status", video.status().id());
        object.put("publishedAt", video.publishedAt() == null ? null : video.publishedAt().toString());
        object.put("recordedOn", video.recordedOn() == null ? null : video.recordedOn().toString());
        return object;
    }

    /** Pretty JSON, ending with a line break. */
    public static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always serialises", e);
        }
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    public static String csv(List<PlaylistItem> items) {
        StringBuilder out = new StringBuilder(Csv.row(KEYS));
        items.forEach(item -> out.append(Csv.row(cells(item))));
        return out.toString();
    }

    /** The CSV cells of one item, in the order of {@link #KEYS}. */
    static List<String> cells(PlaylistItem item) {
        Talk talk = item.video().talk();
        Optional<Snapshot> latest = item.latestSnapshot();
        List<String> cells = new ArrayList<>();
        cells.add(item.video().id());
        cells.add(Integer.toString(item.position()));
        cells.add(item.video().title());
        cells.add(item.url());
        cells.add(item.video().channel());
        cells.add(item.video().durationSeconds() == null ? null : item.video().durationSeconds().toString());
        cells.add(latest.map(s -> Long.toString(s.views().value())).orElse(null));
        cells.add(latest.map(s -> s.views().text()).orElse(null));
        cells.add(latest.map(s -> Boolean.toString(s.views().exact())).orElse(null));
        cells.add(latest.map(s -> s.capturedAt().toString()).orElse(null));
        cells.add(talk.track());
        cells.add(String.join("; ", talk.speakers()));
        cells.add(talk.title());
        cells.add(Boolean.toString(talk.truncated()));
        cells.add(item.video().status().id());
        cells.add(item.video().publishedAt() == null ? null : item.video().publishedAt().toString());
        cells.add(item.video().recordedOn() == null ? null : item.video().recordedOn().toString());
        return cells;
    }
}
