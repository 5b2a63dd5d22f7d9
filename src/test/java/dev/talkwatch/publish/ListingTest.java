package dev.talkwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingTest {

    @Test
    void csvWritesEachKeyOfEachRowInOrder() {
        ArrayNode rows = ItemListing.mapper().createArrayNode();
        rows.addObject().put("name", "=HYPERLINK(1)").put("rating", 3.5).put("views", 1_887_357_680L).putNull("note")
                .putArray("speakers").add("Ana").add("Bo, Jr.");
        rows.addObject().put("name", "plain").put("rating", 4.0); // the keys it lacks are empty cells

        String csv = new Listing(List.of("name", "rating", "views", "note", "speakers"), rows).csv();

        assertThat(csv).isEqualTo("name,rating,views,note,speakers\r\n"
                + "'=HYPERLINK(1),3.5,1887357680,,\"Ana; Bo, Jr.\"\r\n"
                + "plain,4,,,\r\n");
    }

    @Test
    void anEmptyListingStillHasItsHeader() {
        assertThat(new Listing(List.of("a", "b"), ItemListing.mapper().createArrayNode()).csv()).isEqualTo("a,b\r\n");
        assertThat(new Listing(List.of("a"), ItemListing.mapper().createArrayNode()).json().strip()).isEqualTo("[ ]");
    }
}
