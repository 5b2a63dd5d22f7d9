package dev.talkwatch.web;

import dev.talkwatch.curate.Curator;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.CurationStore;
import dev.talkwatch.store.Database;
import dev.talkwatch.store.HistoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the routes work with: the same stores and services as the command line, over the same
 * database, and the user's publishing defaults.
 *
 * @param author the author for posts (the configuration's), or null
 * @param tags the tags for posts (the configuration's)
 * @param cutoff the popularity cutoff (the configuration's), or null
 * @param changes the database's {@link Database#changeStamp}: what is worked out from the whole catalog is kept while it stays
 */
record Services(CatalogStore catalog, CurationStore curation, HistoryStore history, Curator curator, Clock clock,
        String author, List<String> tags, Long cutoff, java.util.function.Supplier<String> changes, PageCache pages) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static Services of(Database database, Clock clock, String author, List<String> tags, Long cutoff) {
        CatalogStore catalog = new CatalogStore(database);
        CurationStore curation = new CurationStore(database);
        return new Services(catalog, curation, new HistoryStore(database), new Curator(catalog, curation, clock), clock,
                author, List.copyOf(tags), cutoff, database::changeStamp, new PageCache(database::changeStamp));
    }

    /** The configuration's publishing defaults, and the rule of when a post or the user's choice wins over them. */
    dev.talkwatch.publish.PostDefaults defaults() {
        return new dev.talkwatch.publish.PostDefaults(author, tags, cutoff);
    }

    String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }
}
