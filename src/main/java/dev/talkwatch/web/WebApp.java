package dev.talkwatch.web;

import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.catalog.VideoNotFoundException;
import dev.talkwatch.store.Database;
import dev.talkwatch.store.PlaylistNotFoundException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local web app over a talkwatch database: the screens, their POST resources, the static
 * assets, and one place that turns failures into error pages (4xx for what the user asked, 500
 * without details for a bug). Start it with {@link Javalin#start()}; it listens where
 * {@link WebSettings} says.
 */
public final class WebApp {

    /** Request bodies are forms of a few fields; anything larger is refused. */
    public static final long MAX_BODY_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private WebApp() {
    }

    /** The publishing defaults of the user's configuration: author, tags, cutoff (each may be null or empty). */
    public record Defaults(String author, List<String> tags, Long cutoff) {

        public static Defaults none() {
            return new Defaults(null, List.of(), null);
        }
    }

    public static Javalin create(Database database, Clock clock, WebSettings settings, Defaults defaults) {
        Views views = new Views();
        Users users = new Users(database, settings.userHeader(),
                user -> Services.of(user, clock, defaults.author(), defaults.tags(), defaults.cutoff()), views);
        Security security = new Security(settings);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrors(views)));
            config.http.defaultContentType = "text/html; charset=utf-8";
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/dev/talkwatch/web/static";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(security::check);
            PlaylistsRoutes.register(config.routes, ctx -> users.of(ctx).playlists());
            PlaylistRoutes.register(config.routes, ctx -> users.of(ctx).playlist());
            TalkRoutes.register(config.routes, ctx -> users.of(ctx).talk());
            SpeakerRoutes.register(config.routes, ctx -> users.of(ctx).speaker());
            QueueRoutes.register(config.routes, ctx -> users.of(ctx).queue());
            PublishRoutes.register(config.routes, ctx -> users.of(ctx).publish());
            FeedRoutes.register(config.routes, ctx -> users.of(ctx).feed());
            SearchRoutes.register(config.routes, ctx -> users.of(ctx).search());
            DiaryRoutes.register(config.routes, ctx -> users.of(ctx).diary());
            config.routes.exception(HttpError.class, (e, ctx) -> error(views, ctx, e.status(), e.getMessage()));
            config.routes.exception(VideoNotFoundException.class, (e, ctx) -> error(views, ctx, 404, e.getMessage()));
            config.routes.exception(PlaylistNotFoundException.class, (e, ctx) -> error(views, ctx, 404, e.getMessage()));
            config.routes.exception(TalkwatchException.class, (e, ctx) -> error(views, ctx, 400, e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(views, ctx, e.getStatus(),
                    e.getStatus() == 404 ? "no such page" : e.getStatus() == 413 ? "the request is too large"
                            : e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("talkwatch failed on {} {}", ctx.method(), ctx.path(), e);
                error(views, ctx, 500, "talkwatch failed unexpectedly; the server's output has the details");
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(views, ctx, 404, "no such page");
                }
            });
        });
    }

    private static void error(Views views, Context ctx, int status, String message) {
        String csrf = Security.csrfToken(ctx);
        ctx.status(status);
        ctx.html(views.render("error.jte", Map.of("layout", new Layout("Error " + status, csrf == null ? "" : csrf),
                "status", status, "message", message == null ? "" : message)));
    }
}
