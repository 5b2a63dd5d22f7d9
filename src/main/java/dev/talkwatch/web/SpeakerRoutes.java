package dev.talkwatch.web;

import dev.talkwatch.catalog.VideoState;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The speaker screen: every talk of one speaker across the playlists of the catalog, with views. */
public final class SpeakerRoutes {

    /** One talk of the speaker. */
    public record SpeakerTalk(String href, String title, String track, String views, String viewsNote,
            List<TalkRoutes.PlaylistLink> playlists) {
    }

    /** The speaker screen. */
    public record Page(String name, List<SpeakerTalk> talks) {
    }

    private final Services services;
    private final Views views;

    SpeakerRoutes(Services services, Views views) {
        this.services = services;
        this.views = views;
    }

    /** Its routes, each answered by the instance of the user the request is from. */
    static void register(RoutesConfig routes, java.util.function.Function<io.javalin.http.Context, SpeakerRoutes> mine) {
        routes.get("/speakers", ctx -> mine.apply(ctx).show(ctx));
    }

    private void show(Context ctx) {
        services.pages().html(ctx, () -> page(ctx));
    }

    private String page(Context ctx) {
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) {
            throw HttpError.badRequest("which speaker? /speakers?name=NAME");
        }
        List<String> ids = services.catalog().speakerVideos(name);
        if (ids.isEmpty()) {
            throw HttpError.notFound("no talk of a speaker named '" + name.strip() + "' in the catalog");
        }
        Map<String, VideoState> states = services.catalog().videos(ids);
        List<SpeakerTalk> talks = ids.stream().filter(states::containsKey).map(id -> {
            VideoState state = states.get(id);
            return new SpeakerTalk(Links.video(id), state.video().title(),
                    state.video().talk().track() == null ? "" : state.video().talk().track(),
                    state.views().map(v -> v.shown()).orElse(""), PlaylistRoutes.viewsNote(state.views().orElse(null)),
                    services.catalog().memberships(id).stream().map(m -> new TalkRoutes.PlaylistLink(
                            m.playlistTitle() == null ? m.playlistId() : m.playlistTitle(), Links.playlist(m.playlistId()),
                            m.position())).toList());
        }).toList();
        return views.page(ctx, "speaker.jte", new Page(name.strip(), talks), name.strip());
    }
}
