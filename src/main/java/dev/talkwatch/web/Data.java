package dev.talkwatch.web;

import dev.talkwatch.publish.Listing;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A screen's data one click away, as Datasette offers it: the rows of the table the user is
 * looking at, as JSON or CSV, with the fields the command line's {@code --format json} and
 * {@code csv} print.
 */
public final class Data {

    private Data() {
    }

    /** The two links of a screen: {@code path}.json and {@code path}.csv, each with the screen's query. */
    public record Hrefs(String json, String csv) {

        static Hrefs of(String path, Map<String, String> query) {
            return new Hrefs(path + ".json" + Params.query(query), path + ".csv" + Params.query(query));
        }
    }

    /** How a screen answers for its data: as CSV when {@code csv}, else as JSON. */
    @FunctionalInterface
    interface Handler {
        void send(Context ctx, boolean csv) throws Exception;
    }

    /** Routes {@code path}.json and {@code path}.csv, the links {@link Hrefs#of} makes, to {@code handler}. */
    static void routes(io.javalin.config.RoutesConfig routes, String path, Handler handler) {
        routes.get(path + ".json", ctx -> handler.send(ctx, false));
        routes.get(path + ".csv", ctx -> handler.send(ctx, true));
    }

    /** Sends the listing as JSON, or as CSV named {@code name}.csv. */
    static void send(Services services, Context ctx, String name, boolean csv, Supplier<Listing> listing) {
        if (csv) {
            ctx.header("Content-Disposition", "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".csv\"");
        }
        services.pages().send(ctx, csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
                () -> csv ? listing.get().csv() : listing.get().json());
    }
}
