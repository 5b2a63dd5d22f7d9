package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRepairTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            BuczyÅ„ski                                   | Buczyński
            MÃ¼ller                                      | Müller
            â˜…â˜…â˜…â˜†â˜†                                   | ★★★☆☆
            Rodrigo GirÃ£o SerrÃ£o                        | Rodrigo Girão Serrão
            The PokÃ©mon trainerâ€™s guide                | The Pokémon trainer’s guide
            ÐŸÑ€Ð¸Ð²ÐµÑ‚                                 | Привет
            Iâ€™m here                                    | I’m here
            """)
    void repairsUtf8ReadAsWindows1252(String damaged, String repaired) {
        assertThat(TextRepair.clean(damaged)).isEqualTo(repaired);
    }

    @Test
    void theShortcutForPlainTextGivesWhatTheWholeRepairGives() {
        // seeded generator over the characters each step of the repair looks at
        String[] parts = {"a", "Z", "7", " ", "  ", "\t", "\n", "&", "&amp;", "&#65;", "~", "\u007F", "\u0000", "é",
            "\u00A0", "\u200B", "Ã©", "e\u0301", "\u0301", "-", ":", "", "ł", "Ł", "ń", "’", "–", "🐍", "\uD83D",
            "\u2028", "\u3000", "\u202F", "\uFEFF", "\u0085", "Å", "A\u030A", "\u212B", "가", "\u1100\u1161", "Привет"};
        Random random = new Random(20261203);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String input = text.toString();
            assertThat(TextRepair.clean(input)).as("clean(\"%s\")", input).isEqualTo(TextRepair.cleanFully(input));
        }
        String plain = new String("Talks - Ada Lovelace: Engines, 1843");
        assertThat(TextRepair.clean(plain)).as("plain text is returned as it came").isSameAs(plain);
    }

    @Test
    void repairsTheLossyCasesWhereAByteWasDropped() {
        assertThat(TextRepair.clean("Talks - VinÃcius Gubiani Ferreira")).isEqualTo("Talks - Vinícius Gubiani Ferreira");
        assertThat(TextRepair.clean("Tutorials - Felipe, Amanda: ðŸŒ Building Your First API"))
                .isEqualTo("Tutorials - Felipe, Amanda: 🌐 Building Your First API");
        assertThat(TextRepair.clean("He said â€œhiâ€ twice")).isEqualTo("He said “hi” twice");
    }

    @Test
    void repairsTextDamagedTwice() {
        String twice = new String("Müller".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        twice = new String(twice.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));

        assertThat(TextRepair.clean(twice)).isEqualTo("Müller");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Müller", "São Paulo", "SÃO PAULO", "CAFÉ…", "Ñandú", "Łukasz", "naïve café", "Zürich",
        "ESPAÑA…", "déjà vu", "Ärger", "Ça va", "½ day", "Dvořák", "Привет", "🐍 Python", "Ørsted Å", "Tom's “quotes”",
        "Δ = 5 × 3", "Jürgen Kößler", "Ñ…", "ÉCOLE"})
    void leavesCorrectTextAlone(String text) {
        assertThat(TextRepair.clean(text)).isEqualTo(text);
    }

    @Test
    void repairsWhatWindows1252DidToAnyText() {
        // seeded generator: real words in many scripts, damaged the way a cp1252 reader damages them
        List<String> words = List.of("Buczyński", "Müller", "Vinícius", "Serrão", "Pokémon", "Dvořák", "Łódź",
                "Ærøskøbing", "Καλημέρα", "Привет", "שלום", "日本語", "한국어", "★★★½☆", "naïve", "Straße", "€100",
                "“quoted”", "🐍🚀");
        Random random = new Random(20241125);
        Charset cp1252 = Charset.forName("windows-1252");
        for (int i = 0; i < 300; i++) {
            String original = words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()));
            String damaged = new String(original.getBytes(StandardCharsets.UTF_8), cp1252);
            if (damaged.contains("\uFFFD")) {
                continue; // Java maps cp1252's five undefined bytes to U+FFFD: that damage loses data
            }
            assertThat(TextRepair.clean(damaged)).as(damaged).isEqualTo(original);
        }
    }

    @Test
    void unescapesHtmlEntities() {
        assertThat(TextRepair.clean("Talks - &lt;user.username:user&gt; &amp; friends &#8211; &quot;x&quot;"))
                .isEqualTo("Talks - <user.username:user> & friends – \"x\"");
        assertThat(TextRepair.clean("AT&T and R&D")).isEqualTo("AT&T and R&D");
    }

    @Test
    void normalisesSpacesAndToNfc() {
        assertThat(TextRepair.clean("  Talks  -\tJosé\u00A0Pérez\n ")).isEqualTo("Talks - José Pérez");
        assertThat(TextRepair.clean("Jose\u0301")).isEqualTo("José");
        assertThat(TextRepair.clean("Z\u200Bero\u00ADwidth")).isEqualTo("Zerowidth");
        assertThat(TextRepair.clean("   ")).isNull();
    }
}
