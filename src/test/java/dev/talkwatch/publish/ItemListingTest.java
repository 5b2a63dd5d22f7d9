package dev.talkwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Snapshot;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.Video;
import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemListingTest {

    private static final List<PlaylistItem> ITEMS = List.of(
            new PlaylistItem("PLx", 3, Video.of("abcdefghijk", "=cmd|' /C calc'!A0", "PyCon US", 1805,
                    new Talk("Talks", List.of("Ana Smith", "Bo Chen"), "A talk", true)), null,
                    new Snapshot(Instant.parse("2024-08-06T07:00:00Z"), new ViewCount(3600, "3.6K views", 100), null, "page")),
            new PlaylistItem("PLx", 4, Video.of("bcdefghijkl", "Plain", null, null,
                    new Talk(null, List.of(), "Plain", false)), null, null));

    @Test
    void jsonHasExactlyTheDocumentedKeys() throws Exception {
        JsonNode array = new ObjectMapper().readTree(ItemListing.json(ITEMS));

        List<String> keys = new ArrayList<>();
        array.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyElementsOf(ItemListing.KEYS).containsExactly("id", "position", "title", "url",
                "channel", "durationSeconds", "views", "viewsText", "viewsExact", "capturedAt", "track", "speakers",
                "talkTitle", "truncated", "status", "publishedAt", "recordedOn");
        JsonNode first = array.get(0);
        assertThat(first.get("url").asText()).isEqualTo("https://www.youtube.com/watch?v=abcdefghijk&list=PLx&index=3");
        assertThat(first.get("views").asLong()).isEqualTo(3600);
        assertThat(first.get("viewsExact").asBoolean()).isFalse();
        assertThat(first.get("capturedAt").asText()).isEqualTo("2024-08-06T07:00:00Z");
        assertThat(first.get("speakers")).hasSize(2);
        JsonNode second = array.get(1);
        assertThat(second.get("views").isNull()).isTrue();
        assertThat(second.get("viewsExact").isNull()).isTrue();
        assertThat(second.get("speakers").isArray()).isTrue();
        assertThat(second.get("speakers")).isEmpty();
    }

    @Test
    void csvHasAHeaderAndEscapesFormulas() {
        String csv = ItemListing.csv(ITEMS);

        assertThat(csv.lines().toList()).first().isEqualTo(String.join(",", ItemListing.KEYS));
        assertThat(csv).contains("abcdefghijk,3,'=cmd|' /C calc'!A0,")
                .contains(",Ana Smith; Bo Chen,A talk,true");
    }

    @Test
    void itsListingWritesTheSameJsonAndCsv() {
        assertThat(ItemListing.listing(ITEMS).csv()).as("the web app's links and list --format csv agree")
                .isEqualTo(ItemListing.csv(ITEMS));
        assertThat(ItemListing.listing(ITEMS).json()).isEqualTo(ItemListing.json(ITEMS));
    }
}
