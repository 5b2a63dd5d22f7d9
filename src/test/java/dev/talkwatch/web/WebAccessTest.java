package dev.talkwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("server")
class WebAccessTest {

    @TempDir
    Path folder;

    @Test
    void withATokenEveryRequestMustCarryIt() {
        try (WebFixture web = new WebFixture(folder, "s3cret-token")) {
            HttpResponse<String> without = web.get("/");
            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(without.body()).contains("needs its access token").doesNotContain("PyCon US 2024 (fixture)");
            assertThat(web.get("/static/app.css").statusCode()).as("assets too").isEqualTo(401);
            assertThat(web.get("/", "Cookie", "talkwatch_token=wrong").statusCode()).isEqualTo(401);

            HttpResponse<String> first = web.get("/playlists/PLtalkwatchFixture0000000000000001?token=s3cret-token");
            assertThat(first.statusCode()).isEqualTo(303);
            assertThat(first.headers().firstValue("Location")).contains("/playlists/PLtalkwatchFixture0000000000000001");
            String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("talkwatch_token=s3cret-token").containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict");

            assertThat(web.get("/", "Cookie", "talkwatch_token=s3cret-token").body()).contains("PyCon US 2024 (fixture)");
            assertThat(web.get("/", "Authorization", "Bearer s3cret-token").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void onlyALoopbackAddressMayGoWithoutAToken() {
        assertThatThrownBy(() -> new WebSettings("0.0.0.0", 0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs an access token");
        assertThat(new WebSettings("127.0.0.1", 0, null).loopback()).isTrue();
        assertThat(new WebSettings("::1", 0, null).loopback()).isTrue();
        assertThat(WebSettings.newToken()).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(WebSettings.newToken());
    }
}
