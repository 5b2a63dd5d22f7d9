package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.Importer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The front page's total, added up by SQL, is what the playlist's items add up to. */
@ParameterizedClass
@EnumSource(Engine.class)
class TotalViewsTest {

    @Parameter
    Engine engine;

    @TempDir
    Path temp;

    @Test
    void sqlAddsUpWhatTheItemsShow() {
        CatalogStore store = new CatalogStore(engine.open(temp));
        Importer importer = new Importer(store, Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC));
        // a page with rounded counts and unavailable videos, then a later capture of the same playlist
        importer.importSources(List.of(Fixtures.source("ingest/browse/first-page.json"),
                Fixtures.source("ingest/browse/continuation-last.json")), ImportOptions.defaults());
        importer.importSources(List.of(Fixtures.source("ingest/page/classic-complete.html")), ImportOptions.defaults());
        for (var playlist : store.playlists()) {
            long total = 0;
            boolean rounded = false;
            for (PlaylistItem item : store.items(playlist.id())) {
                ViewCount views = item.rankedViews().orElse(null);
                if (views != null) {
                    total += views.value();
                    rounded |= !views.exact();
                }
            }
            CatalogStore.TotalViews sql = store.totalViews(playlist.id());
            assertThat(sql.views()).as(playlist.id()).isEqualTo(total).isPositive();
            assertThat(sql.rounded()).as(playlist.id()).isEqualTo(rounded);
        }
        assertThat(store.totalViews("PLnone")).isEqualTo(new CatalogStore.TotalViews(0, false));
    }
}
