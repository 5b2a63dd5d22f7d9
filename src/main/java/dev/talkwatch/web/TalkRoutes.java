package dev.talkwatch.web;

import dev.talkwatch.catalog.Stars;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.Video;
import dev.talkwatch.catalog.VideoState;
import dev.talkwatch.catalog.YouTubeLinks;
import dev.talkwatch.curate.VideoCard;
import dev.talkwatch.publish.MarkdownHtml;
import dev.talkwatch.store.HistoryRow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The talk screen: the parsed title, speakers, views over time, and the user's rating, notes, queue
 * and watched state, each changed by a POST to the video's resource ({@code /videos/{id}/rating}, ...).
 */
public final class TalkRoutes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /**
     * One half of a star in the rating control: the rating it gives ("3.5"), that spoken ("3½ stars"),
     * whether it is the rating, whether it is lit (at or below the rating), and whether it is the
     * star's left half.
     */
    public record StarOption(String value, String spoken, boolean checked, boolean lit, boolean left) {
    }

    /** A note: its number, its Markdown as written, and that rendered (raw HTML in it shown as text). */
    public record NoteView(int number, String markdown, String html) {
    }

    /** A playlist the video is in, at its position. */
    public record PlaylistLink(String title, String href, int position) {

        /** The links to the playlists a video is in. */
        static List<PlaylistLink> of(List<dev.talkwatch.store.Membership> memberships) {
            return memberships.stream().map(m -> new PlaylistLink(m.playlistTitle() == null ? m.playlistId() : m.playlistTitle(),
                    Links.playlist(m.playlistId()), m.position())).toList();
        }
    }

    /** The talk screen. */
    public record Page(String id, String href, String title, String youtubeUrl, String track,
            List<PlaylistRoutes.SpeakerLink> speakers, String talkTitle, boolean truncated, String channel, String length, String published, String recordedOn, String status, String views,
            String viewsNote, List<PlaylistLink> playlists, String rating, List<StarOption> stars, List<NoteView> notes,
            Integer queuePosition, List<String> watched, Charts.LineChart history, String description) {

        public boolean queued() {
            return queuePosition != null;
        }
    }

    private final Services services;
    private final Views views;

    TalkRoutes(Services services, Views views) {
        this.services = services;
        this.views = views;
    }

    /** Its routes, each answered by the instance of the user the request is from. */
    static void register(RoutesConfig routes, java.util.function.Function<io.javalin.http.Context, TalkRoutes> mine) {
        routes.get("/videos/{id}", ctx -> mine.apply(ctx).show(ctx));
        routes.post("/videos/{id}/rating", ctx -> mine.apply(ctx).rate(ctx));
        routes.post("/videos/{id}/notes", ctx -> mine.apply(ctx).addNote(ctx));
        routes.post("/videos/{id}/notes/{number}", ctx -> mine.apply(ctx).editNote(ctx));
        routes.post("/videos/{id}/notes/{number}/delete", ctx -> mine.apply(ctx).removeNote(ctx));
        routes.post("/videos/{id}/queue", ctx -> mine.apply(ctx).queue(ctx));
        routes.post("/videos/{id}/watched", ctx -> mine.apply(ctx).watched(ctx));
    }

    private String videoId(Context ctx) {
        String id = ctx.pathParam("id");
        if (!services.catalog().videos(List.of(id)).containsKey(id)) {
            throw HttpError.notFound("no video " + id + " in the catalog");
        }
        return id;
    }

    private void show(Context ctx) {
        services.pages().html(ctx, () -> page(ctx));
    }

    private String page(Context ctx) {
        VideoCard card = services.curator().show(videoId(ctx));
        VideoState state = card.state();
        Video video = state.video();
        Talk talk = video.talk();
        List<PlaylistRoutes.SpeakerLink> speakers = talk.speakers().stream()
                .map(s -> new PlaylistRoutes.SpeakerLink(s, Links.speaker(s))).toList();
        List<PlaylistLink> playlists = PlaylistLink.of(card.playlists());
        List<NoteView> notes = card.notes().stream()
                .map(n -> new NoteView(n.number(), n.text(), MarkdownHtml.render(n.text()))).toList();
        ZoneId zone = services.clock().getZone();
        Page page = new Page(video.id(), Links.video(video.id()), video.title(), YouTubeLinks.watchUrl(video.id()),
                text(talk.track()), speakers, text(talk.title()), talk.truncated(), text(video.channel()),
                video.lengthText(),
                video.publishedAt() == null ? "" : DAY.format(video.publishedAt().atZone(zone)),
                video.recordedOn() == null ? "" : video.recordedOn().toString(),
                video.status().available() ? "" : video.status().id(),
                state.views().map(v -> v.shown()).orElse(""),
                PlaylistRoutes.viewsNote(state.views().orElse(null)), playlists,
                card.rating() == null ? "" : card.rating().glyphs(), stars(card.rating()), notes, card.queuePosition(),
                card.watched().stream().map(d -> d.toString()).distinct().toList(), history(card.history()),
                text(video.description()));
        return views.page(ctx, "talk.jte", page, video.title());
    }

    private static List<StarOption> stars(Stars rating) {
        List<StarOption> options = new ArrayList<>();
        for (int half = 1; half <= 10; half++) {
            Stars stars = new Stars(half);
            String count = half % 2 == 0 ? Integer.toString(half / 2) : (half / 2 == 0 ? "" : Integer.toString(half / 2)) + "½";
            options.add(new StarOption(stars.toString(), count + (half == 2 ? " star" : " stars"),
                    rating != null && rating.halfStars() == half, rating != null && rating.halfStars() >= half,
                    half % 2 == 1));
        }
        return options;
    }

    private Charts.LineChart history(List<HistoryRow> history) {
        List<Charts.Point> points = new ArrayList<>();
        List<HistoryRow> counted = history.stream().filter(h -> h.views() != null).toList();
        for (HistoryRow row : counted) {
            String precision = row.views().exact() ? "exact" : row.views().unit() == 1 ? "copied into a post" : "rounded";
            points.add(new Charts.Point(row.capturedAt().getEpochSecond(), row.views().value(), row.views().shown()
                    + " views (" + precision + ") on " + services.dateTime(row.capturedAt()) + ", from " + row.source()));
        }
        return Charts.line("Views over time", points,
                counted.isEmpty() ? "" : services.dateTime(counted.getFirst().capturedAt()),
                counted.isEmpty() ? "" : services.dateTime(counted.getLast().capturedAt()));
    }

    private void rate(Context ctx) {
        String id = videoId(ctx);
        String value = ctx.formParam("stars");
        if (value == null || value.isBlank()) {
            throw HttpError.badRequest("the form sent no rating; send stars=0.5 to 5 in half steps, or stars=clear");
        }
        if (value.equals("clear")) {
            services.curator().clearRating(id);
        } else {
            Stars stars = Stars.parse(value).orElseThrow(() -> HttpError.badRequest("'" + value
                    + "' is no rating; give 0 to 5 stars in half steps"));
            services.curator().rate(id, stars);
        }
        if ("fetch".equals(ctx.header("X-Requested-With"))) {
            ctx.status(HttpStatus.NO_CONTENT); // the page's script has already lit the stars, and keeps the focus
        } else {
            back(ctx, id);
        }
    }

    private void addNote(Context ctx) {
        String id = videoId(ctx);
        services.curator().addNote(id, ctx.formParam("text"));
        back(ctx, id);
    }

    private void editNote(Context ctx) {
        String id = videoId(ctx);
        services.curator().editNote(id, noteNumber(ctx), ctx.formParam("text"));
        back(ctx, id);
    }

    private void removeNote(Context ctx) {
        String id = videoId(ctx);
        services.curator().removeNote(id, noteNumber(ctx));
        back(ctx, id);
    }

    private static int noteNumber(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("number"));
        } catch (NumberFormatException e) {
            throw HttpError.notFound("no note " + ctx.pathParam("number"));
        }
    }

    private void queue(Context ctx) {
        String id = videoId(ctx);
        if (Params.flag(ctx.formParam("queued"), "queued")) {
            if (!services.curation().inTransaction(c -> c.queue().contains(id))) {
                services.curator().enqueue(id, null);
            }
        } else {
            services.curator().dequeue(id);
        }
        back(ctx, id);
    }

    private void watched(Context ctx) {
        String id = videoId(ctx);
        // a viewing is added for a day, and taken back one day at a time: never the whole diary at once
        if (Params.flag(ctx.formParam("watched"), "watched")) {
            String on = ctx.formParam("on");
            services.curator().watched(id, on == null ? services.curator().today() : Params.day(on, "on"));
        } else {
            java.time.LocalDate day = Params.day(ctx.formParam("on"), "on");
            if (!services.curator().unwatched(id, day)) {
                throw HttpError.badRequest("the diary has no viewing of " + id + " on " + day);
            }
        }
        back(ctx, id);
    }

    private static void back(Context ctx, String videoId) {
        ctx.redirect(Links.local(ctx.formParam("back"), Links.video(videoId)), HttpStatus.SEE_OTHER);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
