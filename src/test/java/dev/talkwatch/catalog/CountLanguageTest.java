package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountLanguageTest {

    // Texts as YouTube writes them in each interface language, with the range each stands for; the
    // true counts behind several of them (2,423, 22,795, 1,468,050, 1,109,852,895, ...) come from
    // the per-language samples public YouTube clients record, and must lie in the range.
    @ParameterizedTest(name = "{0}: {1} -> {2} to {3}")
    @CsvSource(delimiter = '|', textBlock = """
            de     | 23 Aufrufe                    | 23          | 23
            de     | 1 Aufruf                      | 1           | 1
            de     | Keine Aufrufe                 | 0           | 0
            de     | 2423 Aufrufe                  | 2423        | 2423
            de     | 22.795 Aufrufe                | 22795       | 22795
            de     | 1,4 Mio. Aufrufe              | 1400000     | 1499999
            de     | 1 Mio. Aufrufe                | 1000000     | 1099999
            de     | 135 Mio. Aufrufe              | 135000000   | 135999999
            de-DE  | 1,1 Mrd. Aufrufe              | 1100000000  | 1199999999
            fr     | 447 vues                      | 447         | 447
            fr     | 1 vue                         | 1           | 1
            fr     | Aucune vue                    | 0           | 0
            fr     | 2,4 k vues                    | 2400        | 2499
            fr     | 22 k vues                     | 22000       | 22999
            fr     | 1,4 M de vues                 | 1400000     | 1499999
            fr-FR  | 1,1 Md de vues                | 1100000000  | 1199999999
            fr-CA  | 1,1 G de visionnements        | 1100000000  | 1199999999
            es     | 2423 visualizaciones          | 2423        | 2423
            es     | 22.795 visualizaciones        | 22795       | 22795
            es     | 1,4 M de visualizaciones      | 1400000     | 1499999
            es     | 1109 M de visualizaciones     | 1109000000  | 1109999999
            es     | 11 mil M de visualizaciones   | 11000000000 | 11999999999
            es-419 | 2,423 vistas                  | 2423        | 2423
            es-419 | 1.4 M de vistas               | 1400000     | 1499999
            es-US  | 2.4 K vistas                  | 2400        | 2499
            pt     | 2,4 mil visualizações         | 2400        | 2499
            pt-BR  | 1,4 mi de visualizações       | 1400000     | 1499999
            pt     | 1,1 bi de visualizações       | 1100000000  | 1199999999
            pt-PT  | 1,4 M de visualizações        | 1400000     | 1499999
            pt-PT  | 1,1 mM de visualizações       | 1100000000  | 1199999999
            it     | 2423 visualizzazioni          | 2423        | 2423
            it     | 103.450 visualizzazioni       | 103450      | 103450
            it     | 1,4 Mln di visualizzazioni    | 1400000     | 1499999
            it     | 1,1 Mrd di visualizzazioni    | 1100000000  | 1199999999
            it     | Nessuna visualizzazione       | 0           | 0
            nl     | 447 weergaven                 | 447         | 447
            nl     | 2,4K weergaven                | 2400        | 2499
            nl     | 103K weergaven                | 103000      | 103999
            nl     | 1,4 mln. weergaven            | 1400000     | 1499999
            nl     | 1,1 mld. weergaven            | 1100000000  | 1199999999
            nl     | Geen weergaven                | 0           | 0
            pl     | 23 wyświetlenia               | 23          | 23
            pl     | 447 wyświetleń                | 447         | 447
            pl     | 2,4 tys. wyświetleń           | 2400        | 2499
            pl     | 1,4 mln wyświetleń            | 1400000     | 1499999
            pl     | 1,1 mld wyświetleń            | 1100000000  | 1199999999
            pl     | Brak wyświetleń               | 0           | 0
            ja     | 2423 回視聴                    | 2423        | 2423
            ja     | 2.2万 回視聴                   | 22000       | 22999
            ja     | 10万 回視聴                    | 100000      | 109999
            ja     | 146万 回視聴                   | 1460000     | 1469999
            ja     | 1.3億 回視聴                   | 130000000   | 139999999
            ja-JP  | 113億 回視聴                   | 11300000000 | 11399999999
            ko     | 조회수 23회                     | 23          | 23
            ko     | 조회수 2.4천회                  | 2400        | 2499
            ko     | 조회수 2.2만회                  | 22000       | 22999
            ko     | 조회수 146만회                  | 1460000     | 1469999
            ko     | 조회수 1.3억회                  | 130000000   | 139999999
            ru     | 23 просмотра                  | 23          | 23
            ru     | 447 просмотров                | 447         | 447
            ru     | 2,4 тыс. просмотров           | 2400        | 2499
            ru     | 1,2 тыс. просмотров           | 1200        | 1299
            ru     | 1,4 млн просмотров            | 1400000     | 1499999
            ru     | 1,1 млрд просмотров           | 1100000000  | 1199999999
            en-GB  | 4.7k views                    | 4700        | 4799
            en-IN  | 1 lakh views                  | 100000      | 109999
            en-US  | 64,534 views                  | 64534       | 64534
            """)
    void readsEachLanguagesFormsWithThePrecisionTheyCarry(String tag, String text, long low, long high) {
        CountLanguage language = CountLanguage.of(tag).orElseThrow();

        ViewCount count = ViewCount.parse(text, language).orElseThrow();

        assertThat(count.low()).isEqualTo(low);
        assertThat(count.high()).isEqualTo(high);
        assertThat(count.exact()).isEqualTo(low == high);
        assertThat(count.text()).isEqualTo(text);
    }

    @Test
    void theLanguageDecidesWhatASeparatorMeans() {
        CountLanguage german = CountLanguage.of("de").orElseThrow();
        CountLanguage english = CountLanguage.of("en").orElseThrow();

        assertThat(ViewCount.parse("1.234 Aufrufe", german)).map(ViewCount::value).contains(1234L);
        assertThat(ViewCount.parse("1,234 views", english)).map(ViewCount::value).contains(1234L);
        assertThat(ViewCount.parse("1,234 Aufrufe", german)).as("a German decimal needs a scale").isEmpty();
        assertThat(ViewCount.parse("1.2 views", english)).isEmpty();
    }

    @Test
    void aTextOfAnotherLanguageIsNoCount() {
        assertThat(ViewCount.parse("1,4 Mio. Aufrufe")).isEmpty();
        assertThat(ViewCount.parse("2,4K weergaven")).isEmpty();
        assertThat(ViewCount.parse("3.6K views", CountLanguage.of("de").orElseThrow())).isEmpty();
        assertThat(ViewCount.parse("vor 2 Wochen", CountLanguage.of("de").orElseThrow())).isEmpty();
        assertThat(ViewCount.parse("2,4 тыс. просмотров", CountLanguage.of("pl").orElseThrow())).isEmpty();
    }

    @Test
    void aCountThatNamesViewsIsToldFromABareNumber() {
        assertThat(CountLanguage.ENGLISH.namesViews("921 views")).isTrue();
        assertThat(CountLanguage.ENGLISH.namesViews("No views")).isTrue();
        assertThat(CountLanguage.ENGLISH.namesViews("921")).as("a channel may be named 1990").isFalse();
        assertThat(CountLanguage.ENGLISH.namesViews("5 years ago")).isFalse();
        assertThat(CountLanguage.of("de").orElseThrow().namesViews("22.795 Aufrufe")).isTrue();
        assertThat(CountLanguage.of("ko").orElseThrow().namesViews("조회수 2.4천회")).isTrue();
    }

    @Test
    void aScaleIsAWholeWord() {
        CountLanguage english = CountLanguage.ENGLISH;

        assertThat(ViewCount.parse("3.6KB views", english)).isEmpty();
        assertThat(ViewCount.parse("2 Mio Aufrufe", CountLanguage.of("de").orElseThrow()))
                .map(ViewCount::unit).contains(100_000L);
    }

    @Test
    void knowsLanguagesByTheirTagsAndNamesTheOthers() {
        assertThat(CountLanguage.of("en_US")).contains(CountLanguage.ENGLISH);
        assertThat(CountLanguage.of("es-419").map(CountLanguage::code)).contains("es-419");
        assertThat(CountLanguage.of("de-AT").map(CountLanguage::code)).contains("de");
        assertThat(CountLanguage.of("sv")).isEmpty();
        assertThat(CountLanguage.of(null)).isEmpty();
        assertThat(CountLanguage.describe("sv-SE")).isEqualTo("Swedish (sv-SE)");
    }
}
