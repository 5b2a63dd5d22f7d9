package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkwatch.SharedFixtures;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the real YouTube recordings in ../shared/fixtures/youtube (not part of this project; the
 * tests are skipped where they are absent) and checks every video against the recording itself:
 * count, positions 1..N without gaps across pages, ids, titles and view counts.
 */
@Tag("conformance")
class SharedRecordingsConformanceTest {

    private static Path shared;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LABEL_VIEWS = Pattern.compile("([\\d,]+) views");

    @TempDir
    Path temp;

    private CatalogStore store;
    private Importer importer;

    @BeforeAll
    static void requireRecordings() {
        shared = SharedFixtures.require("youtube", SharedRecordingsConformanceTest.class);
    }

    @BeforeEach
    void openCatalog() {
        store = new CatalogStore(Database.openSqlite(temp.resolve("catalog.db")));
        importer = new Importer(store, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    }

    /** NewPipe stores each response inside a recorded HTTP exchange; take the body out, as a browser would save it. */
    private Source newPipe(String relative) throws IOException {
        JsonNode exchange = JSON.readTree(shared.resolve("newpipe-extractor").resolve(relative).toFile());
        Path body = temp.resolve(relative.replace('/', '_'));
        Files.writeString(body, exchange.at("/response/responseBody").asText());
        return Source.file(body);
    }

    private static Source shared(String relative) {
        return Source.file(shared.resolve(relative));
    }

    private List<PlaylistImport> importAll(Source... sources) {
        return importer.importSources(List.of(sources), ImportOptions.defaults()).playlists();
    }

    private static JsonNode tree(Source source) throws IOException {
        String text = new String(source.open().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int marker = text.indexOf("ytInitialData\"] = ");
        if (marker < 0) {
            return JSON.readTree(text);
        }
        return JSON.reader().readTree(text.substring(marker + "ytInitialData\"] = ".length()).split(";\n")[0]);
    }

    private static void collect(JsonNode node, String key, List<JsonNode> found) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals(key)) {
                    found.add(field.getValue());
                } else {
                    collect(field.getValue(), key, found);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, key, found));
        }
    }

    /** Every classic item in the recordings, in document order, as the recording itself states it. */
    private static List<JsonNode> classicItems(Source... sources) throws IOException {
        List<JsonNode> items = new ArrayList<>();
        for (Source source : sources) {
            collect(tree(source), "playlistVideoRenderer", items);
        }
        return items;
    }

    private static String text(JsonNode node) {
        if (node.has("simpleText")) {
            return node.get("simpleText").asText();
        }
        StringBuilder text = new StringBuilder();
        node.path("runs").forEach(run -> text.append(run.path("text").asText()));
        return text.toString();
    }

    // talkwatch stores titles with runs of spaces collapsed and zero-width spaces dropped
    private static String collapsed(String title) {
        return title.replace("\u200B", "").replaceAll("\\s+", " ").strip();
    }

    private void assertMatchesRecording(String playlistId, List<JsonNode> recorded) {
        List<PlaylistItem> items = store.items(playlistId);
        assertThat(items).extracting(PlaylistItem::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, recorded.size()).boxed().toList());
        for (int i = 0; i < recorded.size(); i++) {
            JsonNode v = recorded.get(i);
            PlaylistItem item = items.get(i);
            String title = text(v.path("title"));
            assertThat(item.video().id()).isEqualTo(v.path("videoId").asText());
            assertThat(item.video().title()).isEqualTo(collapsed(title));
            assertThat(item.position()).isEqualTo(Integer.parseInt(v.at("/index/simpleText").asText()));
            Optional<String> shown = Optional.ofNullable(v.at("/videoInfo/runs/0/text").textValue());
            String rest = v.at("/title/accessibility/accessibilityData/label").asText("").substring(title.length());
            Matcher exact = LABEL_VIEWS.matcher(rest);
            Optional<Long> exactCount = exact.find() ? Optional.of(Long.parseLong(exact.group(1).replace(",", "")))
                    : Optional.empty();
            if (shown.isEmpty() && exactCount.isEmpty()) {
                assertThat(item.views()).as(item.video().id()).isEmpty();
                continue;
            }
            ViewCount views = item.views().orElseThrow();
            assertThat(views.text()).isEqualTo(shown.orElseGet(exact::group));
            assertThat(views.value()).as(item.video().id())
                    .isEqualTo(exactCount.orElseGet(() -> ViewCount.parse(shown.get()).orElseThrow().value()));
            assertThat(views.exact()).isEqualTo(exactCount.isPresent());
        }
    }

    @Test
    void timelessPopHitsBothPagesGive200VideosWithExactCountsFromLabels() throws IOException {
        Source first = newPipe("2024-11_727e79160212/TimelessPopHits/generated_mock_2.json");
        Source second = newPipe("2024-11_727e79160212/TimelessPopHits/generated_mock_3.json");

        PlaylistImport result = importAll(second, first).getFirst();

        assertThat(result.playlistId()).isEqualTo("PLMC9KNkIncKtPzgY-5rmhvj7fax8fdxoj");
        assertThat(result.title()).isEqualTo("Pop Music Playlist - Timeless Pop Songs (Updated Weekly 2024)");
        assertThat(result.videos()).isEqualTo(200);
        assertThat(result.complete()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertMatchesRecording(result.playlistId(), classicItems(first, second));
        PlaylistItem logan = store.items(result.playlistId()).stream()
                .filter(item -> item.video().id().equals("IlHsW1CB0yY")).findFirst().orElseThrow();
        assertThat(logan.views()).contains(new ViewCount(3674, "3.6K views", 1));
        assertThat(logan.position()).isEqualTo(101);
    }

    @Test
    void redlistContinuationsGive150AndTheUnrelatedContinuationIsIgnored() throws IOException {
        Source first = newPipe("2024-11_727e79160212/continuations/generated_mock_2.json");
        Source last = newPipe("2024-11_727e79160212/continuations/generated_mock_3.json");
        Source single = newPipe("2024-11_727e79160212/continuations/generated_mock_4.json");

        List<PlaylistImport> results = importAll(first, last, single);

        assertThat(results).extracting(PlaylistImport::videos).containsExactly(150, 17);
        assertThat(results).allSatisfy(result -> assertThat(result.complete()).isTrue());
        assertMatchesRecording("PLoumn5BIsUDeGF1vy5Nylf_RJKn5aL_nr", classicItems(first, last));
        assertMatchesRecording("PLXJg25X-OulsVsnvZ7RVtSDW-id9_RzAO", classicItems(single));
    }

    @Test
    void newPipe2026FlowMergesMetadataFirstPageAndContinuation() throws IOException {
        Source metadata = newPipe("2026-01_43f8e6ebeef4/continuationss/generated_mock_2.json");
        Source first = newPipe("2026-01_43f8e6ebeef4/continuationss/generated_mock_3.json");
        Source last = newPipe("2026-01_43f8e6ebeef4/continuationss/generated_mock_4.json");
        Source otherMetadata = newPipe("2026-01_43f8e6ebeef4/continuationss/generated_mock_5.json");
        Source otherItems = newPipe("2026-01_43f8e6ebeef4/continuationss/generated_mock_6.json");

        List<PlaylistImport> results = importAll(metadata, first, last, otherMetadata, otherItems);

        assertThat(results).extracting(PlaylistImport::videos).containsExactly(150, 17);
        assertThat(results.getFirst().title()).startsWith("TOP 150 Songs 2026");
        assertThat(results.getFirst().roundedViews()).as("2026 labels carry no count").isEqualTo(150);
        assertMatchesRecording("PLoumn5BIsUDeGF1vy5Nylf_RJKn5aL_nr", classicItems(first, last));
        assertMatchesRecording("PLXJg25X-OulsVsnvZ7RVtSDW-id9_RzAO", classicItems(otherItems));
        Map<String, String> texts = Map.of("mDa2nCDSb7s", "4.7k views");
        store.items("PLoumn5BIsUDeGF1vy5Nylf_RJKn5aL_nr").stream()
                .filter(item -> texts.containsKey(item.video().id()))
                .forEach(item -> assertThat(item.views().orElseThrow().text()).isEqualTo(texts.get(item.video().id())));
    }

    @Test
    void pytubeSavedPagesFrom2020() throws IOException {
        Source small = shared("pytube/playlist.html");
        Source firstOfLong = shared("pytube/playlist_long.html");

        List<PlaylistImport> results = importAll(small, firstOfLong);

        assertThat(results.get(0).videos()).isEqualTo(12);
        assertThat(results.get(0).exactViews()).as("only the labels carry counts in 2020").isEqualTo(12);
        assertThat(results.get(0).complete()).isTrue();
        assertMatchesRecording("PLzMcBGfZo4-mP7qA9cagf68V06sko5otr", classicItems(small));
        assertThat(results.get(1).videos()).isEqualTo(100);
        assertThat(results.get(1).withoutViews()).isEqualTo(100);
        assertThat(results.get(1).complete()).as("217 videos, the page holds 100").isFalse();
        assertThat(results.get(1).problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("continues after position 100"));
        assertMatchesRecording("PLS1QulWo1RIaJECMeUT4LFwJ-ghgoSH6n", classicItems(firstOfLong));
    }

    @Test
    void rustypipeLockupFirstPage() throws IOException {
        Source page = shared("rustypipe/playlist_20260920_lockup.json");

        PlaylistImport result = importAll(page).getFirst();

        assertThat(result.playlistId()).isEqualTo("PLRCwNR3H9ZNKQTzdmu3qlwei9_74VIwg7");
        assertThat(result.title()).isEqualTo("Umineko no Naku Koro ni прохождение [100%]");
        assertThat(result.videos()).isEqualTo(100);
        assertThat(result.complete()).as("135 videos, a continuation follows").isFalse();
        List<JsonNode> lockups = new ArrayList<>();
        collect(tree(page), "lockupViewModel", lockups);
        List<PlaylistItem> items = store.items(result.playlistId());
        assertThat(items).extracting(PlaylistItem::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
        for (int i = 0; i < 100; i++) {
            JsonNode w = lockups.get(i);
            PlaylistItem item = items.get(i);
            JsonNode meta = w.at("/metadata/lockupMetadataViewModel");
            assertThat(item.video().id()).isEqualTo(w.path("contentId").asText());
            assertThat(item.video().title()).isEqualTo(meta.at("/title/content").asText());
            assertThat(item.views().orElseThrow().text()).isEqualTo(
                    meta.at("/metadata/contentMetadataViewModel/metadataRows/1/metadataParts/0/text/content").asText());
            assertThat(item.video().channel()).isEqualTo("Virtuozila Game World");
        }
        assertThat(items.getFirst().video().id()).isEqualTo("ZKYTOO5S4Qk");
        assertThat(items.getFirst().views().orElseThrow()).isEqualTo(new ViewCount(20_000, "20K views", 1000));
        assertThat(items.getFirst().video().durationSeconds()).isEqualTo(54 * 60 + 8);
        assertThat(items.getLast().video().id()).isEqualTo("ba8-9Ef6jms");
        assertThat(items.getLast().views().orElseThrow()).isEqualTo(ViewCount.exact(921, "921 views"));
        assertThat(items.getLast().video().durationSeconds()).isEqualTo(49 * 60 + 58);
    }

    @Test
    void lockupsOfAWatchPageParseButAreNoPlaylist() throws IOException {
        Source watchPage = newPipe("2026-06_lockup-related-videos/generated_mock_8.json");
        List<JsonNode> lockups = new ArrayList<>();
        collect(tree(watchPage), "lockupViewModel", lockups);
        ImportProblems problems = new ImportProblems("related");

        List<VideoEntry> entries = lockups.stream()
                .map(w -> PlaylistRenderers.lockup(w, "item", problems).orElseThrow().entry())
                .map(entry -> CountReading.read(entry, null, "en-GB", "item", problems::add))
                .toList();

        assertThat(entries).hasSize(20);
        assertThat(problems.list()).isEmpty();
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.title()).isNotBlank();
            assertThat(entry.channel()).isNotBlank();
            assertThat(entry.views()).isNotNull();
            assertThat(entry.playlistId()).isNull();
        });
        assertThat(entries.getFirst().views().text()).isEqualTo("718k views");
        assertThat(entries.getFirst().views().value()).isEqualTo(718_000);
    }
}
