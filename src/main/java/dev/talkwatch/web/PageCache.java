package dev.talkwatch.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The models of the screens asked for lately, by the database's change stamp and the request's path
 * and query: a screen worked out from the whole catalog is worked out again only after a commit, or
 * for other parameters. Models, not pages: a page carries its viewer's CSRF token.
 */
final class PageCache<P> {

    private static final int SIZE = 64;

    private final Supplier<String> changes;
    private final Map<String, P> models = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, P> eldest) {
            return size() > SIZE;
        }
    };

    PageCache(Supplier<String> changes) {
        this.changes = changes;
    }

    /** The model for this request, made by {@code make} when there is none for the catalog as it is now. */
    P get(Context ctx, Supplier<P> make) {
        String key = changes.get() + " " + ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
        synchronized (models) {
            P model = models.get(key);
            if (model != null) {
                return model;
            }
        }
        P model = make.get(); // outside the lock: a slow screen does not hold up the others
        synchronized (models) {
            models.put(key, model);
        }
        return model;
    }
}
