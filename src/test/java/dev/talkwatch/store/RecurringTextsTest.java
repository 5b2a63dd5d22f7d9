package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringTextsTest {

    // Every string value of the document, as RecurringTexts gives them.
    private static List<String> read(RecurringTexts texts, String json) throws IOException {
        List<String> values = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    values.add(texts.text(parser));
                }
            }
        }
        return values;
    }

    @Test
    void aTextSeenAgainIsTheSameString() throws IOException {
        List<String> values = read(new RecurringTexts(), "[\"2 weeks ago\", \"available\", \"2 weeks ago\", \"\", \"\"]");

        assertThat(values).containsExactly("2 weeks ago", "available", "2 weeks ago", "", "");
        assertThat(values.get(2)).isSameAs(values.get(0));
        assertThat(values.get(4)).isSameAs(values.get(3));
    }

    @Test
    void textsWithTheSameHashOrPastTheLimitAreStillTheirOwn() throws IOException {
        StringBuilder json = new StringBuilder("[\"Aa\", \"BB\", \"Aa\", \"vor 2 Wochen\", \"2週間前\"");
        for (int i = 0; i < RecurringTexts.LIMIT * 3; i++) {
            json.append(", \"text ").append(i).append('"');
        }
        json.append(", \"text 7\", \"BB\"]");
        RecurringTexts texts = new RecurringTexts();
        List<String> values = read(texts, json.toString());

        assertThat(values.subList(0, 5)).containsExactly("Aa", "BB", "Aa", "vor 2 Wochen", "2週間前"); // "Aa" and "BB" share a hash
        for (int i = 0; i < RecurringTexts.LIMIT * 3; i++) {
            assertThat(values.get(5 + i)).isEqualTo("text " + i);
        }
        assertThat(values.get(values.size() - 2)).isEqualTo("text 7").isSameAs(values.get(5 + 7));
        assertThat(values.getLast()).isEqualTo("BB").isSameAs(values.get(1));
        assertThat(texts.size()).isEqualTo(RecurringTexts.LIMIT);
    }
}
