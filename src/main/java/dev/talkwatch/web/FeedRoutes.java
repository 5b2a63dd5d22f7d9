package dev.talkwatch.web;

import dev.talkwatch.catalog.Estimate;
import dev.talkwatch.catalog.Observation;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistChange;
import dev.talkwatch.catalog.PlaylistDiff;
import dev.talkwatch.catalog.PlaylistListing;
import dev.talkwatch.catalog.YouTubeLinks;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Atom feeds, so that a feed reader can follow conferences: one for each playlist and one for all,
 * with an entry for each talk that joined a playlist between two of its complete captures, and for
 * each talk whose views crossed the cutoff between two snapshots (the imported post's cutoff, else
 * the configuration's, else 500). An entry's id stays the same from one fetch of the feed to the next.
 */
public final class FeedRoutes {

    /** The most entries a feed holds, newest first. */
    static final int ENTRIES = 100;

    private final Services services;

    FeedRoutes(Services services) {
        this.services = services;
    }

    /** Its routes, each answered by the instance of the user the request is from. */
    static void register(RoutesConfig routes, java.util.function.Function<Context, FeedRoutes> mine) {
        routes.get("/feed.atom", ctx -> mine.apply(ctx).all(ctx));
        routes.get("/playlists/{id}/feed.atom", ctx -> mine.apply(ctx).one(ctx));
    }

    /** One entry: a talk that joined a playlist, or crossed its cutoff. */
    record Entry(String id, String title, String link, Instant updated, String summary) {
    }

    private void one(Context ctx) {
        services.pages().send(ctx, "application/atom+xml; charset=utf-8", () -> {
            Playlist playlist = services.catalog().findPlaylist(ctx.pathParam("id"))
                    .orElseThrow(() -> HttpError.notFound("no playlist " + ctx.pathParam("id") + " in the catalog"));
            return atom("talkwatch: " + playlist.displayName(), "urn:talkwatch:feed:" + playlist.id(),
                    base(ctx) + Links.playlist(playlist.id()), base(ctx) + ctx.path(), entries(playlist));
        });
    }

    private void all(Context ctx) {
        services.pages().send(ctx, "application/atom+xml; charset=utf-8", () -> {
            List<Entry> entries = new ArrayList<>();
            services.catalog().playlists().forEach(playlist -> entries.addAll(entries(playlist)));
            return atom("talkwatch: every playlist", "urn:talkwatch:feed:all", base(ctx) + "/", base(ctx) + ctx.path(), entries);
        });
    }

    List<Entry> entries(Playlist playlist) {
        List<Entry> entries = new ArrayList<>();
        List<PlaylistListing> complete = services.history().listings(playlist.id()).stream()
                .filter(PlaylistListing::complete).toList();
        for (int i = 1; i < complete.size(); i++) {
            PlaylistListing after = complete.get(i);
            for (PlaylistChange change : PlaylistDiff.between(complete.get(i - 1), after)) {
                if (change.kind() == PlaylistChange.Kind.ADDED) {
                    entries.add(new Entry("urn:talkwatch:" + playlist.id() + ":added:" + change.videoId(),
                            "New in " + playlist.displayName() + ": " + change.title(), YouTubeLinks.watchUrl(change.videoId()),
                            after.capturedAt(), change.title() + " joined the playlist " + playlist.displayName() + "."));
                }
            }
        }
        long cutoff = services.defaults().cutoffFor(null, services.catalog().post(playlist.id())
                .flatMap(dev.talkwatch.publish.PostDefaults::cutoffOf).orElse(null));
        Map<String, String> titles = new java.util.HashMap<>();
        services.catalog().items(playlist.id()).forEach(item -> titles.put(item.video().id(), item.video().title()));
        services.history().observations(playlist.id()).forEach((videoId, observations) -> {
            for (int i = 1; i < observations.size(); i++) {
                Observation before = observations.get(i - 1);
                Observation after = observations.get(i);
                if (before.views() == null || after.views() == null) {
                    continue;
                }
                // certainly below, then certainly at or above: a rounded count's whole range decides
                if (Estimate.of(before.views()).high() < cutoff && Estimate.of(after.views()).low() >= cutoff) {
                    String title = titles.getOrDefault(videoId, videoId);
                    entries.add(new Entry("urn:talkwatch:" + playlist.id() + ":crossed-" + cutoff + ":" + videoId,
                            title + " passed " + dev.talkwatch.catalog.ViewCount.grouped(cutoff) + " views",
                            YouTubeLinks.watchUrl(videoId), after.capturedAt(), title + " has " + shown(after.views())
                                    + " in " + playlist.displayName() + " (" + shown(before.views()) + " before)."));
                    break;
                }
            }
        });
        return entries;
    }

    // "3.6K views" as the page showed it; an exact count as "1,234 views"
    private static String shown(dev.talkwatch.catalog.ViewCount views) {
        return views.text().chars().anyMatch(Character::isLetter) ? views.text()
                : dev.talkwatch.catalog.ViewCount.grouped(views.value()) + " views";
    }

    // The feed's address and links are absolute, as Atom wants: the Host the request came to.
    private static String base(Context ctx) {
        return "http://" + ctx.header("Host");
    }

    static String atom(String title, String id, String alternate, String self, List<Entry> entries) {
        List<Entry> newest = entries.stream().sorted(Comparator.comparing(Entry::updated).reversed()
                .thenComparing(Entry::id)).limit(ENTRIES).toList();
        Instant updated = newest.isEmpty() ? Instant.EPOCH : newest.getFirst().updated();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(xml(title)).append("</title>\n")
                .append("  <id>").append(xml(id)).append("</id>\n")
                .append("  <updated>").append(DateTimeFormatter.ISO_INSTANT.format(updated)).append("</updated>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(alternate)).append("\"/>\n")
                .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(xml(self)).append("\"/>\n")
                .append("  <author><name>talkwatch</name></author>\n")
                .append("  <generator>talkwatch</generator>\n");
        for (Entry entry : newest) {
            xml.append("  <entry>\n")
                    .append("    <title>").append(xml(entry.title())).append("</title>\n")
                    .append("    <id>").append(xml(entry.id())).append("</id>\n")
                    .append("    <link rel=\"alternate\" href=\"").append(xml(entry.link())).append("\"/>\n")
                    .append("    <updated>").append(DateTimeFormatter.ISO_INSTANT.format(entry.updated())).append("</updated>\n")
                    .append("    <summary>").append(xml(entry.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    // Text as XML reads it back: markup escaped, and no character XML 1.0 forbids.
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
