package dev.talkwatch.web;

import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.curate.QueueLength;
import dev.talkwatch.curate.QueuePlan;
import dev.talkwatch.curate.QueuedTalk;
import dev.talkwatch.publish.CurationJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The queue screen: the talks in order with their total duration, reordered by dragging (a POST of
 * the whole order) or by the buttons beside each (a POST of one move), and the plan of what fits.
 */
public final class QueueRoutes {

    private static final int DEFAULT_PLAN_MINUTES = 120;

    /** One queued talk. */
    public record Item(int position, String id, String href, String title, String length, String rating, String views,
            boolean first, boolean last) {
    }

    /** The queue screen; {@code plan} is null until asked for. */
    public record Page(List<Item> talks, String total, int unknownLengths, Plan plan, int planMinutes, Data.Hrefs data) {
    }

    /** What fits in the time asked for. */
    public record Plan(String available, String total, List<Item> talks, int withoutLength) {
    }

    private final Services services;
    private final Views views;

    QueueRoutes(Services services, Views views) {
        this.services = services;
        this.views = views;
    }

    /** Its routes, each answered by the instance of the user the request is from. */
    static void register(RoutesConfig routes, java.util.function.Function<io.javalin.http.Context, QueueRoutes> mine) {
        routes.get("/queue", ctx -> mine.apply(ctx).show(ctx));
        Data.routes(routes, "/queue", (ctx, csv) -> mine.apply(ctx).data(ctx, csv));
        routes.post("/queue/order", ctx -> mine.apply(ctx).reorder(ctx));
        routes.post("/queue/{id}/move", ctx -> mine.apply(ctx).move(ctx));
    }

    /** The queue as {@code queue list --format json} (or {@code csv}) prints it. */
    private void data(Context ctx, boolean csv) {
        Data.send(services, ctx, "queue", csv, () -> CurationJson.queue(services.curator().queue()));
    }

    private void show(Context ctx) {
        services.pages().html(ctx, () -> page(ctx));
    }

    private String page(Context ctx) {
        List<QueuedTalk> queue = services.curator().queue();
        List<Item> items = queue.stream().map(t -> item(t, queue.size())).toList();
        QueueLength length = QueueLength.of(queue);
        Plan plan = null;
        int minutes = DEFAULT_PLAN_MINUTES;
        String asked = ctx.queryParam("plan");
        if (asked != null) {
            try {
                minutes = Integer.parseInt(asked.strip());
            } catch (NumberFormatException e) {
                throw HttpError.badRequest("plan how many minutes? '" + asked + "' is no number");
            }
            if (minutes < 1 || minutes > 24 * 60) {
                throw HttpError.badRequest("plan 1 to 1440 minutes, not " + minutes);
            }
            QueuePlan planned = services.curator().plan(Duration.ofMinutes(minutes));
            plan = new Plan(QueueLength.hoursAndMinutes(planned.available()), QueueLength.hoursAndMinutes(planned.total()),
                    planned.talks().stream().map(t -> item(t, queue.size())).toList(), planned.withoutDuration().size());
        }
        return views.page(ctx, "queue.jte",
                new Page(items, QueueLength.hoursAndMinutes(length.total()), length.unknown(), plan, minutes,
                        Data.Hrefs.of("/queue", java.util.Map.of())), "Queue");
    }

    private static Item item(QueuedTalk talk, int size) {
        var video = talk.state().video();
        return new Item(talk.position(), video.id(), Links.video(video.id()), video.title(), video.lengthText(),
                talk.stars().map(s -> s.glyphs()).orElse(""), talk.state().views().map(v -> v.shown()).orElse(""),
                talk.position() == 1, talk.position() == size);
    }

    // The whole new order, as the dragging script sends it: every queued id once.
    private void reorder(Context ctx) {
        String ids = ctx.formParam("ids");
        List<String> order = ids == null ? List.of() : Arrays.stream(ids.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        if (!services.curator().reorder(order)) {
            throw HttpError.badRequest("the new order must hold every queued talk once; reload the queue and try again");
        }
        if ("fetch".equals(ctx.header("X-Requested-With"))) {
            ctx.status(HttpStatus.NO_CONTENT);
        } else {
            ctx.redirect("/queue", HttpStatus.SEE_OTHER);
        }
    }

    private void move(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            services.curator().move(id, Integer.parseInt(String.valueOf(ctx.formParam("position")).strip()));
        } catch (NumberFormatException e) {
            throw HttpError.badRequest("move to which position? '" + ctx.formParam("position") + "' is no number");
        } catch (TalkwatchException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        ctx.redirect("/queue", HttpStatus.SEE_OTHER);
    }
}
