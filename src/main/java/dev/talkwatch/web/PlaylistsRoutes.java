package dev.talkwatch.web;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.publish.CurationJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The front page: every playlist in the catalog with its videos, total views and last refresh. */
public final class PlaylistsRoutes {

    /** One playlist on the front page. */
    public record Card(String href, String id, String title, String channel, int videos, String totalViews,
            boolean tracked, String lastImport, String refreshed) {
    }

    /** The front page. */
    public record Page(List<Card> playlists, Data.Hrefs data) {
    }

    private final Services services;
    private final Views views;

    PlaylistsRoutes(Services services, Views views) {
        this.services = services;
        this.views = views;
    }

    /** Its routes, each answered by the instance of the user the request is from. */
    static void register(RoutesConfig routes, java.util.function.Function<io.javalin.http.Context, PlaylistsRoutes> mine) {
        routes.get("/", ctx -> mine.apply(ctx).index(ctx));
        Data.routes(routes, "/playlists", (ctx, csv) -> mine.apply(ctx).data(ctx, csv));
    }

    /** The playlists as {@code playlists --format json} (or {@code csv}) prints them. */
    private void data(Context ctx, boolean csv) {
        Data.send(services, ctx, "playlists", csv, () -> CurationJson.playlists(services.catalog().playlists()));
    }

    private void index(Context ctx) {
        services.pages().html(ctx, () -> views.page(ctx, "playlists.jte",
                new Page(services.catalog().playlists().stream().map(this::card).toList(), Data.Hrefs.of("/playlists", Map.of())),
                "Playlists"));
    }

    private Card card(Playlist playlist) {
        var views = services.catalog().totalViews(playlist.id());
        long total = views.views();
        boolean rounded = views.rounded();
        return new Card(Links.playlist(playlist.id()), playlist.id(), playlist.displayName(), playlist.channel(),
                playlist.videos(), (rounded ? "≈" : "") + Charts.number(total), playlist.tracked(),
                services.dateTime(playlist.lastImport()), services.dateTime(playlist.refreshedAt()));
    }
}
