package dev.talkwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.Importer;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.CurationStore;
import dev.talkwatch.store.Database;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web app behind a proxy that signs users in and names each request's user in a header. */
@Tag("server")
class WebUsersTest {

    private static final String HEADER = "X-Forwarded-User";
    private static final String TALK = "mCkqz8jo19M";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");

    @TempDir
    Path temp;

    private Database database;
    private Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void serve() {
        Clock clock = Clock.fixed(WebFixture.NOW, ZoneOffset.UTC);
        database = Database.openSqlite(temp.resolve("shared.db"));
        new Importer(new CatalogStore(database), clock).importSources(
                List.of(Fixtures.source("ingest/page/classic-complete.html")), ImportOptions.defaults());
        app = WebApp.create(database.pooled(4), clock, new WebSettings(WebSettings.LOOPBACK, 0, null, HEADER),
                WebApp.Defaults.none()).start();
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (user != null) {
            request.header(HEADER, user);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> rate(String user, String stars) throws Exception {
        Matcher csrf = CSRF.matcher(get("/", user).body());
        assertThat(csrf.find()).isTrue();
        String body = "stars=" + stars + "&csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/videos/" + TALK + "/rating"))
                .header(HEADER, user).header("Origin", "http://127.0.0.1:" + app.port())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eachUserTheProxyNamesRatesForThemselvesAndSeesTheirOwnPages() throws Exception {
        assertThat(rate("ana", "4.5").statusCode()).isLessThan(400);
        assertThat(rate("bo", "1").statusCode()).isLessThan(400);

        assertThat(new CurationStore(database.as("ana")).read((CurationStore.Curation c) -> c.rating(TALK)))
                .contains(Stars.parse("4.5").orElseThrow());
        assertThat(new CurationStore(database.as("bo")).read((CurationStore.Curation c) -> c.rating(TALK)))
                .contains(Stars.parse("1").orElseThrow());
        assertThat(new CurationStore(database).read((CurationStore.Curation c) -> c.rating(TALK)))
                .as("the serving user's own curation is untouched").isEmpty();
        // each one's talk page, kept for them alone
        String anas = get("/videos/" + TALK, "ana").body();
        String bos = get("/videos/" + TALK, "bo").body();
        assertThat(anas).isNotEqualTo(bos);
        assertThat(get("/videos/" + TALK, "ana").body()).isEqualTo(anas);
    }

    @Test
    void aRequestWithoutTheHeaderOrWithABadNameIsRefusedAndChangesNothing() throws Exception {
        assertThat(get("/", null).statusCode()).isEqualTo(403);
        assertThat(get("/", " ").statusCode()).isEqualTo(403);
        assertThat(get("/", "x".repeat(201)).statusCode()).isEqualTo(400);
        assertThat(new CurationStore(database).read((CurationStore.Curation c) -> c.ratings())).isEmpty();
    }
}
