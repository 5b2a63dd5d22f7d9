package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.talkwatch.store.Engine;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages saved with YouTube in another interface language: the page's own language reads the counts. */
@ParameterizedClass
@EnumSource(Engine.class)
class LocalizedPagesTest {

    @Parameter
    Engine engine;

    private static final String PLAYLIST = "PLlocalized00000000000000000000001";

    @TempDir
    Path temp;

    /** A playlist page in the classic layout: one video per count text, and the page's requestLanguage. */
    static String page(String language, String... counts) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            String id = String.format("vid%08d", i + 1);
            items.append(i == 0 ? "" : ",").append("""
                    {"playlistVideoRenderer":{"videoId":"%s","title":{"simpleText":"Talk %d"},"index":{"simpleText":"%d"},
                     "navigationEndpoint":{"watchEndpoint":{"playlistId":"%s"}},
                     "videoInfo":{"runs":[{"text":"%s"},{"text":" • "},{"text":"vor 2 Wochen"}]}}}
                    """.formatted(id, i + 1, i + 1, PLAYLIST, counts[i]));
        }
        String topbar = language == null ? "" : """
                ,"topbar":{"desktopTopbarRenderer":{"searchbox":{"fusionSearchboxRenderer":{"config":
                 {"webSearchboxConfig":{"requestLanguage":"%s","requestDomain":"de"}}}}}}""".formatted(language);
        return "{\"contents\":{\"x\":{\"contents\":[" + items + "]}}" + topbar + "}";
    }

    static Source html(String name, String json) {
        return Source.bytes(name, ("<html><script>var ytInitialData = " + json + ";</script>").getBytes(StandardCharsets.UTF_8),
                Instant.EPOCH);
    }

    private static PlaylistCapture read(Source source, ImportProblems problems) throws IOException {
        return new YouTubePageReader().read(source, problems).captures().getFirst();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de    | 22.795 Aufrufe              | 22795      | 1
            de    | 1,4 Mio. Aufrufe            | 1400000    | 100000
            fr    | 2,4 k vues                  | 2400       | 100
            es    | 1,4 M de visualizaciones    | 1400000    | 100000
            pt-BR | 2,4 mil visualizações       | 2400       | 100
            it    | 103.450 visualizzazioni     | 103450     | 1
            nl    | 2,4K weergaven              | 2400       | 100
            pl    | 2,4 tys. wyświetleń         | 2400       | 100
            ja    | 2.2万 回視聴                 | 22000      | 1000
            ko    | 조회수 146만회                | 1460000    | 10000
            ru    | 1,2 тыс. просмотров         | 1200       | 100
            """)
    void readsAPageInItsOwnLanguage(String language, String text, long value, long unit) throws IOException {
        ImportProblems problems = new ImportProblems("page.html");

        PlaylistCapture capture = read(html("page.html", page(language, text)), problems);

        assertThat(capture.language()).isEqualTo(language);
        assertThat(capture.entries().getFirst().views()).isEqualTo(new ViewCount(value, text, unit));
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void aLanguageThatIsNoTextIsPassedOverWhole() throws IOException {
        String json = page(null, "3.6K views").replaceFirst("\\{", "{\"topbar\":{\"requestLanguage\":{\"hl\":[\"de\"]}},");

        PlaylistCapture capture = read(html("odd.html", json), new ImportProblems("odd.html"));

        assertThat(capture.language()).isNull();
        assertThat(capture.entries()).extracting(VideoEntry::views).containsExactly(new ViewCount(3600, "3.6K views", 100));
    }

    @Test
    void aLanguageWhoseCountsItDoesNotReadIsNamedAndNothingIsStored() throws IOException {
        ImportProblems problems = new ImportProblems("sv.html");

        PlaylistCapture capture = read(html("sv.html", page("sv", "2 423 visningar")), problems);

        assertThat(capture.entries().getFirst().views()).isNull();
        assertThat(capture.entries().getFirst().viewsText()).isNull();
        assertThat(problems.list()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("item 1");
            assertThat(problem.message()).contains("'2 423 visningar'").contains("Swedish (sv)");
        });
    }

    @Test
    void aFormTheLanguageDoesNotHaveIsReportedNamingTheLanguage() throws IOException {
        ImportProblems problems = new ImportProblems("de.html");

        PlaylistCapture capture = read(html("de.html", page("de", "1,2,3 Aufrufe", "Keine Aufrufe", "Premiere")), problems);

        assertThat(capture.entries()).extracting(VideoEntry::views)
                .containsExactly(null, ViewCount.exact(0, "Keine Aufrufe"), null);
        assertThat(problems.list()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("'1,2,3 Aufrufe'").contains("German (de)"));
    }

    private Importer importer(CatalogStore store) {
        return new Importer(store, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aPageThatDoesNotSayItsLanguageStoresNoCountItCannotReadInEnglish() {
        CatalogStore store = new CatalogStore(engine.open(temp));

        ImportResult result = importer(store).importSources(List.of(html("de.html", page(null, "1.234 Aufrufe", "3.6K views"))),
                new ImportOptions(Optional.empty(), Optional.of(Instant.parse("2026-11-01T00:00:00Z"))));

        assertThat(store.items(PLAYLIST)).extracting(item -> item.views().map(ViewCount::value).orElse(null))
                .containsExactly(null, 3600L);
        assertThat(result.playlists().getFirst().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.source()).isEqualTo("de.html");
            assertThat(problem.message()).contains("'1.234 Aufrufe'").contains("does not say its language");
        });
    }

    @Test
    void aContinuationIsReadInTheLanguageOfTheFirstPageImportedWithIt() {
        CatalogStore store = new CatalogStore(engine.open(temp));
        String continuation = """
                {"onResponseReceivedActions":[{"appendContinuationItemsAction":{"continuationItems":[
                 {"playlistVideoRenderer":{"videoId":"vid00000002","title":{"simpleText":"Talk 2"},"index":{"simpleText":"2"},
                  "navigationEndpoint":{"watchEndpoint":{"playlistId":"%s"}},
                  "videoInfo":{"runs":[{"text":"1,4 Mio. Aufrufe"}]}}}]}}]}
                """.formatted(PLAYLIST);
        Source first = html("first.html", page("de-DE", "22.795 Aufrufe"));
        Source next = Source.bytes("next.json", continuation.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);

        ImportResult result = importer(store).importSources(List.of(next, first), new ImportOptions(Optional.empty(), Optional.of(Instant.parse("2026-11-01T00:00:00Z"))));

        List<PlaylistItem> items = store.items(PLAYLIST);
        assertThat(items).extracting(item -> item.views().orElseThrow())
                .containsExactly(ViewCount.exact(22_795, "22.795 Aufrufe"), new ViewCount(1_400_000, "1,4 Mio. Aufrufe", 100_000));
        assertThat(result.playlists().getFirst().problems()).isEmpty();
    }

    @Test
    void aRenderedPageIsReadInTheLanguageOfItsHtmlElement() throws IOException {
        String page = """
                <!doctype html><html lang="de-DE"><head><title>Konferenz - YouTube</title></head><body>
                <ytd-playlist-video-renderer><div id="index">1</div>
                 <h3><a id="video-title" href="/watch?v=vid00000001&amp;list=%s&amp;index=1">Vortrag</a></h3>
                 <ytd-video-meta-block><yt-formatted-string>Kanal</yt-formatted-string>
                  <yt-formatted-string><span>1,4 Mio. Aufrufe</span><span>vor 2 Wochen</span></yt-formatted-string>
                 </ytd-video-meta-block></ytd-playlist-video-renderer>
                </body></html>
                """.formatted(PLAYLIST);
        ImportProblems problems = new ImportProblems("rendered.html");

        PlaylistCapture capture = new RenderedPageReader().read(Source.bytes("rendered.html",
                page.getBytes(StandardCharsets.UTF_8), Instant.EPOCH), problems).captures().getFirst();

        assertThat(capture.language()).isEqualTo("de-DE");
        assertThat(capture.entries().getFirst().views()).isEqualTo(new ViewCount(1_400_000, "1,4 Mio. Aufrufe", 100_000));
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void aRenderedPageStillLoadingMoreVideosIsNotTheWholePlaylist() throws IOException {
        String page = """
                <!doctype html><html lang="en"><body>
                <ytd-playlist-video-renderer><div id="index">1</div>
                 <h3><a id="video-title" href="/watch?v=vid00000001&amp;list=%s&amp;index=1">Talk</a></h3>
                </ytd-playlist-video-renderer>
                <ytd-continuation-item-renderer></ytd-continuation-item-renderer>
                </body></html>
                """.formatted(PLAYLIST);

        PlaylistCapture capture = new RenderedPageReader().read(Source.bytes("rendered.html",
                page.getBytes(StandardCharsets.UTF_8), Instant.EPOCH), new ImportProblems("rendered.html"))
                .captures().getFirst();

        assertThat(capture.continues()).isTrue();
    }

    @Test
    void readsTheLockupLayoutInThePagesLanguage() throws IOException {
        String lockup = """
                {"contents":{"x":{"contents":[{"lockupViewModel":{"contentId":"vid00000001",
                 "contentType":"LOCKUP_CONTENT_TYPE_VIDEO",
                 "metadata":{"lockupMetadataViewModel":{"title":{"content":"Вступительный доклад"},
                  "metadata":{"contentMetadataViewModel":{"metadataRows":[
                   {"metadataParts":[{"text":{"content":"PyCon Russia"}}]},
                   {"metadataParts":[{"text":{"content":"1,4 млн просмотров"}},{"text":{"content":"2 года назад"}}]}]}}}},
                 "rendererContext":{"commandContext":{"onTap":{"innertubeCommand":{"watchEndpoint":
                  {"videoId":"vid00000001","playlistId":"%s","index":0}}}}}}}]}},
                 "topbar":{"desktopTopbarRenderer":{"searchbox":{"fusionSearchboxRenderer":{"config":
                  {"webSearchboxConfig":{"requestLanguage":"ru"}}}}}}}
                """.formatted(PLAYLIST);
        ImportProblems problems = new ImportProblems("ru.json");

        PlaylistCapture capture = new BrowseResponseReader().read(Source.bytes("ru.json",
                lockup.getBytes(StandardCharsets.UTF_8), Instant.EPOCH), problems).captures().getFirst();

        assertThat(capture.entries().getFirst().views()).isEqualTo(new ViewCount(1_400_000, "1,4 млн просмотров", 100_000));
        assertThat(problems.list()).isEmpty();
    }
}
