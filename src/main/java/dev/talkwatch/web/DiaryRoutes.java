package dev.talkwatch.web;

import dev.talkwatch.curate.DiaryLine;
import dev.talkwatch.publish.CurationJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The diary screen: the talks watched, the latest day first, with ratings. */
public final class DiaryRoutes {

    /** One day a talk was watched. */
    public record Line(String watchedOn, String href, String title, String rating, String views, String viewsNote) {
    }

    /** The diary screen. */
    public record Page(List<Line> lines, int talks, Data.Hrefs data) {
    }

    private final Services services;
    private final Views views;

    DiaryRoutes(Services services, Views views) {
        this.services = services;
        this.views = views;
    }

    /** Its routes, each answered by the instance of the user the request is from. */
    static void register(RoutesConfig routes, java.util.function.Function<Context, DiaryRoutes> mine) {
        routes.get("/diary", ctx -> mine.apply(ctx).show(ctx));
        Data.routes(routes, "/diary", (ctx, csv) -> mine.apply(ctx).data(ctx, csv));
    }

    /** The diary as {@code diary --format json} (or {@code csv}) prints it: the oldest day first. */
    private void data(Context ctx, boolean csv) {
        Data.send(services, ctx, "diary", csv, () -> CurationJson.diary(services.curator().diary()));
    }

    private void show(Context ctx) {
        services.pages().html(ctx, () -> {
            List<DiaryLine> diary = services.curator().diary();
            List<Line> lines = diary.reversed().stream().map(line -> new Line(line.entry().watchedOn().toString(),
                    Links.video(line.entry().videoId()), line.state().video().title(),
                    line.rating() == null ? "" : line.rating().glyphs(),
                    line.state().views().map(v -> v.shown()).orElse(""),
                    PlaylistRoutes.viewsNote(line.state().views().orElse(null)))).toList();
            int talks = (int) diary.stream().map(line -> line.entry().videoId()).distinct().count();
            return views.page(ctx, "diary.jte", new Page(lines, talks, Data.Hrefs.of("/diary", Map.of())), "Diary");
        });
    }
}
