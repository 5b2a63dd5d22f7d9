package dev.talkwatch.web;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.publish.PostDefaults;
import dev.talkwatch.publish.RecapModel;
import dev.talkwatch.publish.RecapOptions;
import dev.talkwatch.publish.RecapPublisher;
import dev.talkwatch.publish.RecapSource;
import dev.talkwatch.publish.SectionSpec;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The publish screen: the recap post previewed as the cutoff, the sections and the as-of date
 * change (the page's script asks for the preview again as they are typed), and downloaded as
 * Markdown. A download by the page's form (a POST, with its CSRF token) counts as a post written,
 * for the next post's "New since the last post"; a GET of the same address gives the Markdown and
 * changes nothing, so that no link on another site can.
 */
public final class PublishRoutes {

    /** The choices the form holds, as typed. */
    public record Form(String cutoff, String asOf, String sections, String trending, boolean newTalks, String author) {
    }

    /**
     * The preview: the post rendered, its Markdown, or what is wrong with the choices; and a line for
     * each value the imported post gives over the configuration's.
     */
    public record Preview(String html, String frontMatter, String markdown, String error, List<String> notes) {
    }

    /** The publish screen. */
    public record Page(String id, String title, String action, String previewHref, String downloadHref, Form form,
            Preview preview) {
    }

    private final Services services;
    private final Views views;

    PublishRoutes(Services services, Views views) {
        this.services = services;
        this.views = views;
    }

    /** Its routes, each answered by the instance of the user the request is from. */
    static void register(RoutesConfig routes, java.util.function.Function<io.javalin.http.Context, PublishRoutes> mine) {
        routes.get("/playlists/{id}/publish", ctx -> mine.apply(ctx).show(ctx));
        routes.get("/playlists/{id}/publish/preview", ctx -> mine.apply(ctx).fragment(ctx));
        routes.get("/playlists/{id}/publish/post.md", ctx -> mine.apply(ctx).download(ctx, false));
        routes.post("/playlists/{id}/publish/post.md", ctx -> mine.apply(ctx).download(ctx, true));
    }

    private Playlist playlist(Context ctx) {
        return services.catalog().findPlaylist(ctx.pathParam("id"))
                .orElseThrow(() -> HttpError.notFound("no playlist " + ctx.pathParam("id") + " in the catalog"));
    }

    private static Form form(Context ctx) {
        return new Form(value(ctx, "cutoff"), value(ctx, "asOf"), value(ctx, "sections"), value(ctx, "trending"),
                ctx.queryParam("new") != null, value(ctx, "author"));
    }

    // The page and its preview are kept while the catalog and the day stay the same, with the post's
    // date made anew for each request when the post takes it from the moment it is made.
    private void show(Context ctx) {
        OffsetDateTime now = OffsetDateTime.now(services.clock());
        services.pages().html(ctx, now.toLocalDate().toString(), RecapPublisher.dateText(now), () -> {
            Playlist playlist = playlist(ctx);
            Form form = form(ctx);
            String query = Params.query(Params.of(ctx));
            String base = Links.publish(playlist.id());
            return views.page(ctx, "publish.jte", new Page(playlist.id(), playlist.displayName(), base, base + "/preview",
                    base + "/post.md" + query, form, preview(playlist, form, now)), "Publish " + playlist.displayName());
        });
    }

    private void fragment(Context ctx) {
        OffsetDateTime now = OffsetDateTime.now(services.clock());
        services.pages().html(ctx, now.toLocalDate().toString(), RecapPublisher.dateText(now),
                () -> views.render("preview.jte", Map.of("preview", preview(playlist(ctx), form(ctx), now))));
    }

    private void download(Context ctx, boolean published) {
        Playlist playlist = playlist(ctx);
        Form form = form(ctx);
        RecapSource source = source(playlist, form, OffsetDateTime.now(services.clock()));
        RecapOptions options = options(source, form, new java.util.ArrayList<>());
        RecapPublisher publisher = new RecapPublisher();
        RecapModel model = publisher.model(source, options);
        String markdown = publisher.markdown(source, options);
        // a post date in a form of its own is not remembered
        if (published) {
            RecapPost.dateTime(model.date()).ifPresent(date -> services.history().recordPost(playlist.id(), date.toInstant(),
                    services.clock().instant()));
        }
        String file = playlist.displayName().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "").toLowerCase();
        ctx.header("Content-Disposition", "attachment; filename=\"" + (file.isEmpty() ? "recap" : file) + ".md\"");
        ctx.contentType("text/markdown; charset=utf-8").result(markdown);
    }

    private Preview preview(Playlist playlist, Form form, OffsetDateTime now) {
        try {
            RecapSource source = source(playlist, form, now);
            List<String> notes = new java.util.ArrayList<>();
            RecapPublisher.Preview preview = new RecapPublisher().preview(source, options(source, form, notes));
            return new Preview(preview.bodyHtml(), preview.frontMatter(), preview.markdown(), null, notes);
        } catch (IllegalArgumentException | HttpError e) {
            return new Preview("", "", "", e.getMessage(), List.of());
        }
    }

    private RecapSource source(Playlist playlist, Form form, OffsetDateTime now) {
        return RecapSource.load(services.catalog(), services.curation(), services.history(), playlist,
                asOf(form.asOf()), now, !form.trending().isBlank() || form.newTalks());
    }

    // As the publish command chooses (PostDefaults): what the form says, else the post's, else the configuration's.
    private RecapOptions options(RecapSource source, Form form, List<String> notes) {
        Long cutoff = Params.wholeNumber(form.cutoff(), "cutoff", 0);
        Integer trending = form.trending().isBlank() ? null
                : Params.wholeNumber(form.trending(), "number of trending talks", 1).intValue();
        List<SectionSpec> sections = form.sections().isBlank() ? null : Arrays.stream(form.sections().split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).map(SectionSpec::parse).toList();
        PostDefaults.Chosen chosen = services.defaults().choose(form.author().isBlank() ? null : form.author().strip(),
                List.of(), cutoff, source.post(), field -> "the form's " + field);
        notes.addAll(chosen.notes());
        return new RecapOptions(null, null, null, chosen.tags(), chosen.cutoff(), chosen.author(), sections,
                RecapOptions.NotesOrder.RATED, trending, form.newTalks());
    }

    private Instant asOf(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return PostDefaults.endOf(LocalDate.parse(text.strip()), services.clock().getZone());
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest("'" + text + "' is no date; write it as 2024-08-06");
        }
    }

    private static String value(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value;
    }
}
