package dev.talkwatch.web;

import dev.talkwatch.catalog.DiaryEntry;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.catalog.TrendRow;
import dev.talkwatch.catalog.TrendSort;
import dev.talkwatch.catalog.Trends;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.store.CurationStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The playlist screen: its videos as a sortable, filterable table, with charts of views and trends. */
public final class PlaylistRoutes {

    private static final int CHART_TALKS = 25;
    private static final int CHART_MOST = 100;
    private static final int CHART_TRENDING = 10;

    /** A speaker's name and the link to the speaker's page. */
    public record SpeakerLink(String name, String href) {
    }

    /**
     * One row of the table, formatted: {@code title} is the talk's own title (the video's where it has
     * none), {@code youtubeTitle} YouTube's.
     */
    public record Row(int position, String href, String title, String youtubeTitle, String status,
            List<SpeakerLink> speakers, String track, String views, String viewsNote, String trend, String rating, boolean queued, boolean watched,
            boolean cutoffAbove) {
    }

    /** A column header: its label, the link that sorts by it, and the arrow when it is the order. */
    public record Header(String label, String href, String arrow, String ariaSort) {
    }

    /** The filters as the form shows them. */
    public record Filter(String track, String min, String show, String q, String sort, String dir, String cutoff) {
    }

    /**
     * Which rows of those the filters match the screen shows ({@code from} to {@code to}, counted
     * from 1, of {@code matching}), and the links to the pages before and after (empty at an end).
     */
    public record Pager(int from, int to, int matching, String previousHref, String nextHref) {
    }

    /** The playlist screen. */
    public record Page(String id, String title, String youtubeUrl, String publishHref, String feedHref, Data.Hrefs data,
            List<Row> rows, int total,
            Pager pager, List<Header> headers, Filter filter, List<String> tracks, String cutoffText,
            Charts.BarChart viewsChart, Charts.BarChart tracksChart, Charts.BarChart trendingChart) {
    }

    private final Services services;
    private final Views views;

    PlaylistRoutes(Services services, Views views) {
        this.services = services;
        this.views = views;
    }

    /**
     * Rows a screen shows at a time: 5,000 rows made 2.1 MB of HTML. Sorting and filtering still
     * cover every video; the pages, or rows.json, go through the rest.
     */
    public static final int PAGE_ROWS = 200;

    /** Its routes, each answered by the instance of the user the request is from. */
    static void register(RoutesConfig routes, java.util.function.Function<io.javalin.http.Context, PlaylistRoutes> mine) {
        routes.get("/playlists/{id}", ctx -> mine.apply(ctx).show(ctx));
        Data.routes(routes, "/playlists/{id}/rows", (ctx, csv) -> mine.apply(ctx).rows(ctx, csv));
    }

    /**
     * The rows the filters and order select, as {@code list --format json} (or {@code csv}) prints
     * them: all of them, or {@code limit} from {@code offset}, for scripts, for fetching as one
     * scrolls, and for the page's JSON and CSV links.
     */
    private void rows(Context ctx, boolean csv) {
        Data.send(services, ctx, ctx.pathParam("id"), csv, () -> {
            Playlist playlist = playlist(ctx);
            PlaylistTable.Query query = query(ctx, postCutoff(playlist.id()));
            List<PlaylistTable.Entry> shown = PlaylistTable.apply(table(playlist).entries(), query);
            Long offset = Params.wholeNumber(ctx.queryParam("offset"), "offset", 0);
            Long limit = Params.wholeNumber(ctx.queryParam("limit"), "limit", 1);
            int from = (int) Math.min(shown.size(), offset == null ? 0 : offset);
            int to = limit == null ? shown.size() : (int) Math.min(shown.size(), from + limit);
            List<PlaylistItem> chosen = shown.subList(from, to).stream().map(PlaylistTable.Entry::item).toList();
            return dev.talkwatch.publish.ItemListing.listing(chosen);
        });
    }

    private Playlist playlist(Context ctx) {
        return services.catalog().findPlaylist(ctx.pathParam("id"))
                .orElseThrow(() -> HttpError.notFound("no playlist " + ctx.pathParam("id") + " in the catalog"));
    }

    // The playlist's rows as last worked out, and the database's stamp then: worked out again only
    // after a commit (from the app or the command line). 5,000 rows with their trends took 0.1 s.
    private record Table(String playlistId, String stamp, List<PlaylistItem> items, List<PlaylistTable.Entry> entries) {
    }

    private volatile Table table;

    private Table table(Playlist playlist) {
        String stamp = services.changes().get();
        Table last = table;
        if (last != null && last.playlistId().equals(playlist.id()) && last.stamp().equals(stamp)) {
            return last;
        }
        List<PlaylistItem> items = services.catalog().items(playlist.id());
        Table fresh = new Table(playlist.id(), stamp, items, entries(playlist, items));
        table = fresh;
        return fresh;
    }

    private List<PlaylistTable.Entry> entries(Playlist playlist, List<PlaylistItem> items) {
        Map<String, TrendRow> trends = new LinkedHashMap<>();
        Trends.of(items, services.history().bases(playlist.id()))
                .forEach(row -> trends.put(row.item().video().id(), row));
        record Curation(Map<String, Stars> ratings, Set<String> queued, Set<String> watched) {
        }
        Curation curation = services.curation().read((CurationStore.Curation c) -> new Curation(c.ratings(),
                new HashSet<>(c.queue()), c.diary().stream().map(DiaryEntry::videoId).collect(Collectors.toSet())));
        return PlaylistTable.entries(items, trends, curation.ratings(), curation.queued(), curation.watched());
    }

    private void show(Context ctx) {
        services.pages().html(ctx, () -> {
            Page page = page(ctx);
            return views.page(ctx, "playlist.jte", page, page.title());
        });
    }

    private Page page(Context ctx) {
        Playlist playlist = playlist(ctx);
        Table table = table(playlist);
        List<PlaylistItem> items = table.items();
        PlaylistTable.Query query = query(ctx, postCutoff(playlist.id()));
        List<PlaylistTable.Entry> shown = PlaylistTable.apply(table.entries(), query);
        int pages = Math.max(1, (shown.size() + PAGE_ROWS - 1) / PAGE_ROWS);
        Long asked = Params.wholeNumber(ctx.queryParam("page"), "page", 1);
        int page = (int) Math.min(pages, asked == null ? 1 : asked);
        int from = (page - 1) * PAGE_ROWS;
        int to = Math.min(shown.size(), from + PAGE_ROWS);
        List<Row> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add(row(shown.get(i), PlaylistTable.cutoffAbove(shown, i, query)));
        }
        Pager pager = new Pager(shown.isEmpty() ? 0 : from + 1, to, shown.size(),
                page > 1 ? pageHref(ctx, playlist.id(), page - 1) : "",
                page < pages ? pageHref(ctx, playlist.id(), page + 1) : "");
        Filter filter = new Filter(value(query.track()), query.minViews() == null ? "" : query.minViews().toString(),
                value(query.show()), value(query.text()), query.sort().key(), query.descending() ? "desc" : "asc",
                Long.toString(query.cutoff()));
        Set<String> tracks = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        items.forEach(item -> {
            if (item.video().talk().track() != null) {
                tracks.add(item.video().talk().track());
            }
        });
        String cutoffText = Charts.number(query.cutoff()) + "+ views";
        Map<String, String> filters = Params.of(ctx);
        filters.remove("page"); // the data is every row the filters select, not one page of them
        return new Page(playlist.id(), playlist.displayName(), playlist.url(),
                Links.publish(playlist.id()), Links.playlist(playlist.id()) + "/feed.atom",
                Data.Hrefs.of(Links.playlist(playlist.id()) + "/rows", filters), rows, items.size(), pager, headers(ctx, playlist.id(), query), filter,
                List.copyOf(tracks), cutoffText, viewsChart(shown, query.cutoff(), cutoffText), tracksChart(shown),
                trendingChart(shown.stream().map(PlaylistTable.Entry::trend).filter(Objects::nonNull).toList()));
    }

    private Long postCutoff(String playlistId) {
        return services.catalog().post(playlistId).flatMap(dev.talkwatch.publish.PostDefaults::cutoffOf).orElse(null);
    }

    private PlaylistTable.Query query(Context ctx, Long postCutoff) {
        PlaylistTable.Column sort = PlaylistTable.Column.of(ctx.queryParam("sort"));
        String dir = ctx.queryParam("dir");
        boolean descending = dir == null ? sort.descendingFirst : dir.equals("desc");
        Long cutoff = Params.wholeNumber(ctx.queryParam("cutoff"), "cutoff", 0);
        return new PlaylistTable.Query(blankToNull(ctx.queryParam("track")),
                Params.wholeNumber(ctx.queryParam("min"), "least views", 0), blankToNull(ctx.queryParam("show")),
                blankToNull(ctx.queryParam("q")), sort, descending, services.defaults().cutoffFor(cutoff, postCutoff));
    }

    // This screen with the same filters and order, at another page.
    private static String pageHref(Context ctx, String playlistId, int page) {
        Map<String, String> params = Params.of(ctx);
        params.remove("page");
        if (page > 1) {
            params.put("page", Integer.toString(page));
        }
        return Links.playlist(playlistId) + Params.query(params);
    }

    private static List<Header> headers(Context ctx, String playlistId, PlaylistTable.Query query) {
        List<Header> headers = new ArrayList<>();
        Map<String, String> filters = Params.of(ctx);
        filters.remove("page"); // a new order starts at its first page
        filters.remove("sort");
        filters.remove("dir");
        for (PlaylistTable.Column column : PlaylistTable.Column.values()) {
            boolean current = column == query.sort();
            boolean descending = current ? !query.descending() : column.descendingFirst;
            Map<String, String> params = new LinkedHashMap<>(filters);
            params.put("sort", column.key());
            params.put("dir", descending ? "desc" : "asc");
            String href = Links.playlist(playlistId) + Params.query(params);
            headers.add(new Header(column.label, href, current ? (query.descending() ? "▼" : "▲") : "",
                    current ? (query.descending() ? "descending" : "ascending") : "none"));
        }
        return headers;
    }

    /**
     * The Trend column: the gain a day between the two snapshots compared, while they are at most a
     * month apart and it shows more than noise; else the gain over the span ("+120 in 2 years"):
     * counts two years apart said "≈+0.0/day" for every row.
     */
    static String trendText(TrendRow trend) {
        if (trend == null || trend.gained() == null || trend.baseline() == null || trend.latest() == null) {
            return "";
        }
        long days = java.time.Duration.between(trend.baseline().capturedAt(), trend.latest().capturedAt()).toDays();
        String perDay = trend.gainedPerDay() == null ? null : trend.gainedPerDay().compact(1, true);
        boolean noise = perDay == null || perDay.replace("\u2248", "").matches("[+-]?0(\\.0)?");
        if (days <= 31 && !noise) {
            return perDay + "/day";
        }
        return trend.gained().compact(0, true) + " in " + span(days);
    }

    // 3 days, 5 weeks, 11 months, 2 years: the span between two snapshots, as a reader says it
    private static String span(long days) {
        if (days < 1) {
            return "a day";
        }
        if (days < 14) {
            return days + (days == 1 ? " day" : " days");
        }
        if (days < 60) {
            return days / 7 + " weeks";
        }
        if (days < 730) {
            return days / 30 + " months";
        }
        return days / 365 + " years";
    }

    private static Row row(PlaylistTable.Entry entry, boolean cutoffAbove) {
        PlaylistItem item = entry.item();
        var video = item.video();
        ViewCount views = entry.views();
        List<SpeakerLink> speakers = video.talk().speakers().stream().map(s -> new SpeakerLink(s, Links.speaker(s))).toList();
        String trend = trendText(entry.trend());
        return new Row(item.position(), Links.video(video.id()), video.shownTitle(), video.title(),
                video.status().available() ? "" : video.status().id(), speakers, value(video.talk().track()),
                views == null ? "" : views.shown(), viewsNote(views), trend,
                entry.rating() == null ? "" : entry.rating().glyphs(), entry.queued(), entry.watched(), cutoffAbove);
    }

    // What the number stands for: "3.6K" is anything from 3,600 to 3,699.
    static String viewsNote(ViewCount views) {
        if (views == null) {
            return "";
        }
        if (views.exact()) {
            return "exact count";
        }
        if (views.unit() == 1) {
            return "as copied into a post";
        }
        return "rounded by YouTube: " + Charts.number(views.low()) + " to " + Charts.number(views.high());
    }

    // Every talk at or above the cutoff (a few below it too, to show the line), at least 25, at most 100.
    private static Charts.BarChart viewsChart(List<PlaylistTable.Entry> shown, long cutoff, String cutoffText) {
        long above = shown.stream().filter(e -> e.views() != null && e.views().atLeast(cutoff)).count();
        long drawn = Math.min(CHART_MOST, Math.max(CHART_TALKS, above + 3));
        List<Charts.Entry> bars = shown.stream().filter(e -> e.views() != null)
                .sorted(java.util.Comparator.comparing(PlaylistTable.Entry::views, ViewCount.ORDER.reversed()))
                .limit(drawn)
                .map(e -> new Charts.Entry(e.item().video().title(), e.views().value(), e.views().shown(),
                        Links.video(e.item().video().id()), e.views().atLeast(cutoff)))
                .toList();
        return Charts.bars("Most viewed talks", bars, (double) cutoff, cutoffText);
    }

    private static Charts.BarChart tracksChart(List<PlaylistTable.Entry> shown) {
        Map<String, Long> byTrack = new LinkedHashMap<>();
        Map<String, Boolean> rounded = new LinkedHashMap<>();
        for (PlaylistTable.Entry entry : shown) {
            if (entry.views() != null) {
                String track = entry.track() == null ? "(no track)" : entry.track();
                byTrack.merge(track, entry.views().value(), Long::sum);
                rounded.merge(track, !entry.views().exact(), Boolean::logicalOr);
            }
        }
        List<Charts.Entry> bars = byTrack.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Charts.Entry(e.getKey(), e.getValue(),
                        (rounded.get(e.getKey()) ? "≈" : "") + Charts.number(e.getValue()), null, false))
                .toList();
        return Charts.bars("Views by track", bars, null, null);
    }

    private static Charts.BarChart trendingChart(List<TrendRow> rows) {
        List<Charts.Entry> bars = rows.stream().filter(r -> r.gainedPerDay() != null && r.gainedPerDay().high() > 0)
                .sorted(TrendSort.PER_DAY.comparator())
                .limit(CHART_TRENDING)
                .map(r -> new Charts.Entry(r.item().video().title(), r.gainedPerDay().middle(),
                        r.gainedPerDay().text(1, true) + "/day", Links.video(r.item().video().id()), false))
                .toList();
        return Charts.bars("Trending: views gained per day since the previous snapshot", bars, null, null);
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
