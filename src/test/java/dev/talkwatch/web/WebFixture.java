package dev.talkwatch.web;

import dev.talkwatch.Fixtures;
import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.Importer;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A catalog with the PyCon fixture playlist and a playlist of hostile titles, served by a real
 * web app on a free port of 127.0.0.1, and an HTTP client that talks to it as a browser would.
 */
final class WebFixture implements AutoCloseable {

    static final String XSS_PLAYLIST = "PLtalkwatchXss0000000000000000001";
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    /** Where the catalog is: an SQLite file's path, or a PostgreSQL URL. */
    final String location;
    final Database database;
    final Javalin app;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    WebFixture(Path folder) {
        this(folder, null);
    }

    WebFixture(Path folder, String token) {
        this(folder, token, Clock.fixed(NOW, ZoneId.of("America/Los_Angeles")));
    }

    WebFixture(Path folder, String token, Clock clock) {
        this(folder.resolve("talkwatch.db").toString(), token, clock);
    }

    /** The app on the catalog at {@code location}, which must be new. */
    WebFixture(String location, String token, Clock clock) {
        this.location = location;
        Database opened = Database.open(location, dev.talkwatch.store.Engine.environment());
        database = opened.isPostgresql() ? opened.pooled(4) : opened;
        new Importer(new CatalogStore(database), clock).importSources(List.of(
                Fixtures.source("ingest/page/classic-complete.html"), Fixtures.source("web/xss-playlist.json")),
                ImportOptions.defaults());
        app = WebApp.create(database, clock, new WebSettings(WebSettings.LOOPBACK, 0, token), WebApp.Defaults.none()).start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    String origin() {
        return "http://127.0.0.1:" + app.port();
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A form POST as the app's own page sends it: its Origin and, unless the form says otherwise, the CSRF token. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        return post(path, form, origin(), csrf());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String origin, String csrf) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        if (csrf != null) {
            body += (body.isEmpty() ? "" : "&") + "csrf=" + encode(csrf);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    /** The CSRF token the pages of this run carry. */
    String csrf() {
        Matcher m = CSRF.matcher(get("/").body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the front page");
        }
        return m.group(1);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.stop();
    }
}
