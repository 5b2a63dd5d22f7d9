package dev.talkwatch.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * The pages sent lately, as sent, by the database's change stamp and the request's path and query: a
 * page is made again only after a commit (from the app or the command line), or for other
 * parameters. Requests that ask for a page being made wait for it instead of making it again. A
 * page may write the moment it was made (a post's date): it is kept with that moment's text, and
 * sent with the text of the moment it is asked for, as if made then. Pages may be kept whole because
 * they carry nothing of one viewer: the CSRF token is the server run's.
 */
final class PageCache {

    /** What the pages kept may add up to, in characters; the least recently asked for go first. */
    static final long CAPACITY = 24L << 20;

    // Smaller bodies go as they are: gzip would save less than its own header and a round of work.
    private static final int MIN_GZIP_BYTES = 1400;

    // A page as made, and as last sent: encoded for the moment it was asked for, and gzipped when first asked so.
    private static final class Made {
        final String body;
        final String moment;
        volatile Encoded sent;

        Made(String body, String moment) {
            this.body = body;
            this.moment = moment;
        }

        // One request encodes the page for a new moment; those beside it wait for that.
        Encoded at(String asked) {
            Encoded last = sent;
            if (last == null || !java.util.Objects.equals(last.moment, asked)) {
                synchronized (this) {
                    last = sent;
                    if (last == null || !java.util.Objects.equals(last.moment, asked)) {
                        String text = asked != null && moment != null && !asked.equals(moment)
                                ? body.replace(moment, asked) : body;
                        last = new Encoded(asked, text.getBytes(StandardCharsets.UTF_8));
                        sent = last;
                    }
                }
            }
            return last;
        }
    }

    private static final class Encoded {
        final String moment;
        final byte[] bytes;
        private byte[] gzipped;

        Encoded(String moment, byte[] bytes) {
            this.moment = moment;
            this.bytes = bytes;
        }

        synchronized byte[] gzipped() {
            if (gzipped == null) {
                var out = new ByteArrayOutputStream(bytes.length / 4 + 64);
                // a page that writes its moment is encoded again each second it is asked for: quickly
                int level = moment == null ? java.util.zip.Deflater.DEFAULT_COMPRESSION : java.util.zip.Deflater.BEST_SPEED;
                try (var gzip = new GZIPOutputStream(out) {
                    {
                        def.setLevel(level);
                    }
                }) {
                    gzip.write(bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                gzipped = out.toByteArray();
            }
            return gzipped;
        }
    }

    private final Supplier<String> changes;
    private final Map<String, CompletableFuture<Made>> pages = new LinkedHashMap<>(16, 0.75f, true);
    private long size;

    PageCache(Supplier<String> changes) {
        this.changes = changes;
    }

    /** Sends this request's page as HTML: the one made for the catalog as it is now, else the one {@code make} makes. */
    void html(Context ctx, Supplier<String> make) {
        send(ctx, "text/html; charset=utf-8", "", null, make);
    }

    /**
     * As {@link #html}, for a page that depends on {@code day} and writes the moment it is made as
     * {@code moment} (made by {@code make} for that moment).
     */
    void html(Context ctx, String day, String moment, Supplier<String> make) {
        send(ctx, "text/html; charset=utf-8", day, moment, make);
    }

    /** As {@link #html}, for a body of {@code contentType}. */
    void send(Context ctx, String contentType, Supplier<String> make) {
        send(ctx, contentType, "", null, make);
    }

    // Sent as made once: compressed once, not by the server for every request.
    private void send(Context ctx, String contentType, String day, String moment, Supplier<String> make) {
        String key = contentType + " " + day + " " + ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
        Encoded page = made(key, moment, make).at(moment);
        ctx.disableCompression();
        ctx.header("Vary", "Accept-Encoding");
        ctx.contentType(contentType);
        if (acceptsGzip(ctx.header("Accept-Encoding")) && page.bytes.length > MIN_GZIP_BYTES) {
            ctx.header("Content-Encoding", "gzip").result(page.gzipped());
        } else {
            ctx.result(page.bytes);
        }
    }

    /** Whether an Accept-Encoding header takes gzip: named (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().toLowerCase(java.util.Locale.ROOT);
                    if (parameter.startsWith("q=") && parameter.substring(2).strip().matches("0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The body kept under {@code key} for the catalog as it is now, as it reads at {@code moment}
     * (or null): else the one {@code make} makes (for that moment), kept.
     */
    String body(String key, String moment, Supplier<String> make) {
        return new String(made(key, moment, make).at(moment).bytes, StandardCharsets.UTF_8);
    }

    private Made made(String key, String moment, Supplier<String> make) {
        String stamped = changes.get() + " " + key;
        CompletableFuture<Made> mine = new CompletableFuture<>();
        CompletableFuture<Made> kept;
        synchronized (pages) {
            kept = pages.putIfAbsent(stamped, mine);
        }
        if (kept == null) {
            return make(stamped, mine, moment, make); // outside the lock: one slow page holds up no other
        }
        try {
            return kept.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private Made make(String key, CompletableFuture<Made> future, String moment, Supplier<String> make) {
        Made made;
        try {
            made = new Made(make.get(), moment);
        } catch (RuntimeException | Error e) {
            synchronized (pages) {
                pages.remove(key, future); // a failure is not kept: the next request tries again
            }
            future.completeExceptionally(e);
            throw e;
        }
        future.complete(made);
        synchronized (pages) {
            if (pages.get(key) == future) {
                size += made.body.length();
                evict();
            }
        }
        return made;
    }

    // The least recently asked for go until the rest fit; one page larger than all of it is still sent, once.
    private void evict() {
        Iterator<CompletableFuture<Made>> eldest = pages.values().iterator();
        while (size > CAPACITY && eldest.hasNext()) {
            CompletableFuture<Made> page = eldest.next();
            if (page.isDone() && !page.isCompletedExceptionally()) {
                size -= page.join().body.length();
                eldest.remove();
            }
        }
    }
}
