package dev.talkwatch.web;

import dev.talkwatch.curate.SearchResult;
import dev.talkwatch.publish.CurationJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The search screen: every playlist's titles, speakers and the user's notes, the best matches first. */
public final class SearchRoutes {

    /** Results a screen shows unless asked for fewer or more; {@code talkwatch search} shows 20. */
    static final int DEFAULT_LIMIT = 100;

    private static final int MOST = 1000;
    private static final int LONGEST_QUERY = 500;

    /** A piece of an excerpt: the words that matched are {@code marked}. */
    public record Part(String text, boolean marked) {
    }

    /** One match. */
    public record Result(String href, String title, List<Part> excerpt, String views, String viewsNote,
            List<TalkRoutes.PlaylistLink> playlists) {
    }

    /** The search screen; {@code query} is empty before the user asks. */
    public record Page(String query, List<Result> results, int limit, Data.Hrefs data) {
    }

    private final Services services;
    private final Views views;

    SearchRoutes(Services services, Views views) {
        this.services = services;
        this.views = views;
    }

    /** Its routes, each answered by the instance of the user the request is from. */
    static void register(RoutesConfig routes, java.util.function.Function<Context, SearchRoutes> mine) {
        routes.get("/search", ctx -> mine.apply(ctx).show(ctx));
        Data.routes(routes, "/search", (ctx, csv) -> mine.apply(ctx).data(ctx, csv));
    }

    /** The matches as {@code search TEXT --limit N --format json} (or {@code csv}) prints them. */
    private void data(Context ctx, boolean csv) {
        Data.send(services, ctx, "search", csv, () -> CurationJson.search(results(ctx)));
    }

    private void show(Context ctx) {
        services.pages().html(ctx, () -> {
            String query = query(ctx);
            List<Result> results = results(ctx).stream().map(this::result).toList();
            Map<String, String> asked = new LinkedHashMap<>();
            asked.put("q", query);
            if (ctx.queryParam("limit") != null && !ctx.queryParam("limit").isBlank()) {
                asked.put("limit", Integer.toString(limit(ctx)));
            }
            return views.page(ctx, "search.jte", new Page(query, results, limit(ctx), Data.Hrefs.of("/search", asked)),
                    query.isEmpty() ? "Search" : "Search: " + query);
        });
    }

    private List<SearchResult> results(Context ctx) {
        String query = query(ctx);
        return query.isEmpty() ? List.of() : services.curator().search(query, limit(ctx));
    }

    private static String query(Context ctx) {
        String query = ctx.queryParam("q");
        if (query == null) {
            return "";
        }
        if (query.length() > LONGEST_QUERY) {
            throw HttpError.badRequest("search for at most " + LONGEST_QUERY + " characters, not " + query.length());
        }
        return query.strip();
    }

    private static int limit(Context ctx) {
        Long limit = Params.wholeNumber(ctx.queryParam("limit"), "limit", 1);
        return limit == null ? DEFAULT_LIMIT : (int) Math.min(MOST, limit);
    }

    private Result result(SearchResult result) {
        var state = result.state();
        String id = state.video().id();
        return new Result(Links.video(id), state.video().title(), parts(result.excerpt()),
                state.views().map(v -> v.shown()).orElse(""), PlaylistRoutes.viewsNote(state.views().orElse(null)),
                TalkRoutes.PlaylistLink.of(services.catalog().memberships(id)));
    }

    /** The excerpt the search index writes, its matched words in brackets, as pieces to mark. */
    static List<Part> parts(String excerpt) {
        List<Part> parts = new ArrayList<>();
        if (excerpt == null) {
            return parts;
        }
        int at = 0;
        while (at < excerpt.length()) {
            int open = excerpt.indexOf('[', at);
            int close = open < 0 ? -1 : excerpt.indexOf(']', open + 1);
            if (close < 0) {
                parts.add(new Part(excerpt.substring(at), false));
                break;
            }
            if (open > at) {
                parts.add(new Part(excerpt.substring(at, open), false));
            }
            parts.add(new Part(excerpt.substring(open + 1, close), true));
            at = close + 1;
        }
        return parts;
    }
}
