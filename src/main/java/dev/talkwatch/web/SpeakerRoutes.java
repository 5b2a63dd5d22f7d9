package dev.talkwatch.web;

import dev.talkwatch.catalog.VideoState;
import dev.talkwatch.publish.CurationJson;
import dev.talkwatch.store.SpeakerCount;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The speakers: an index of every speaker with their number of talks, and a screen of each with
 * every talk they gave across the playlists of the catalog, with views.
 */
public final class SpeakerRoutes {

    /** One talk of the speaker. */
    public record SpeakerTalk(String href, String title, String track, String views, String viewsNote,
            List<TalkRoutes.PlaylistLink> playlists) {
    }

    /** The speaker screen. */
    public record Page(String name, List<SpeakerTalk> talks, Data.Hrefs data) {
    }

    /** A speaker in the index. */
    public record Entry(String href, String name, int talks) {
    }

    /** The index of speakers, {@link #INDEX_ROWS} at a time. */
    public record Index(List<Entry> speakers, int total, int from, int to, String previousHref, String nextHref,
            Data.Hrefs data) {
    }

    /** Speakers the index shows at a time; its JSON and CSV hold every one. */
    static final int INDEX_ROWS = 500;

    private final Services services;
    private final Views views;

    SpeakerRoutes(Services services, Views views) {
        this.services = services;
        this.views = views;
    }

    /** Its routes, each answered by the instance of the user the request is from. */
    static void register(RoutesConfig routes, java.util.function.Function<io.javalin.http.Context, SpeakerRoutes> mine) {
        routes.get("/speakers", ctx -> mine.apply(ctx).show(ctx));
        Data.routes(routes, "/speakers", (ctx, csv) -> mine.apply(ctx).data(ctx, csv));
    }

    /** As {@code speakers --format json} (or {@code csv}) prints them: every speaker, or one speaker's talks. */
    private void data(Context ctx, boolean csv) {
        String name = name(ctx);
        Data.send(services, ctx, name == null ? "speakers" : "speaker", csv, () -> name == null
                ? CurationJson.speakers(services.catalog().speakers()) : CurationJson.videos(talks(name)));
    }

    private void show(Context ctx) {
        String name = name(ctx);
        services.pages().html(ctx, () -> name == null ? index(ctx) : page(ctx, name));
    }

    private static String name(Context ctx) {
        String name = ctx.queryParam("name");
        return name == null || name.isBlank() ? null : name.strip();
    }

    private String index(Context ctx) {
        List<SpeakerCount> speakers = services.catalog().speakers();
        Long asked = Params.wholeNumber(ctx.queryParam("page"), "page", 1);
        int pages = Math.max(1, (speakers.size() + INDEX_ROWS - 1) / INDEX_ROWS);
        int number = (int) Math.min(pages, asked == null ? 1 : asked); // past the last page is the last page
        int from = (number - 1) * INDEX_ROWS;
        int to = Math.min(speakers.size(), from + INDEX_ROWS);
        List<Entry> entries = speakers.subList(from, to).stream()
                .map(s -> new Entry(Links.speaker(s.name()), s.name(), s.talks())).toList();
        return views.page(ctx, "speakers.jte", new Index(entries, speakers.size(), speakers.isEmpty() ? 0 : from + 1, to,
                number > 1 ? "/speakers?page=" + (number - 1) : null, to < speakers.size() ? "/speakers?page=" + (number + 1) : null,
                Data.Hrefs.of("/speakers", Map.of())), "Speakers");
    }

    // The speaker's talks, by title; a 404 when the catalog has none.
    private List<VideoState> talks(String name) {
        List<VideoState> talks = services.catalog().speakerTalks(name);
        if (talks.isEmpty()) {
            throw HttpError.notFound("no talk of a speaker named '" + name + "' in the catalog");
        }
        return talks;
    }

    private String page(Context ctx, String name) {
        List<SpeakerTalk> talks = talks(name).stream().map(state -> {
            String id = state.video().id();
            return new SpeakerTalk(Links.video(id), state.video().title(),
                    state.video().talk().track() == null ? "" : state.video().talk().track(),
                    state.views().map(v -> v.shown()).orElse(""), PlaylistRoutes.viewsNote(state.views().orElse(null)),
                    TalkRoutes.PlaylistLink.of(services.catalog().memberships(id)));
        }).toList();
        return views.page(ctx, "speaker.jte", new Page(name, talks, Data.Hrefs.of("/speakers", Map.of("name", name))), name);
    }
}
