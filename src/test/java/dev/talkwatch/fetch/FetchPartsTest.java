package dev.talkwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FetchPartsTest {

    @Test
    void buildsTheFirstPageTokenExactlyAsTheWebClientRecordedIt() {
        // the continuation of the request recorded by NewPipe on 26 Jan 2026 for this playlist
        assertThat(ContinuationToken.firstPage("PLoumn5BIsUDeGF1vy5Nylf_RJKn5aL_nr")).isEqualTo(
                "4qmFsgJdEiRWTFBMb3VtbjVCSXNVRGVHRjF2eTVOeWxmX1JKS241YUxfbnIaEENBRENCZ0lJQUElM0QlM0SaAiJQTG91bW41QklzVURl"
                        + "R0Yxdnk1TnlsZl9SSktuNWFMX25y");
    }

    @Test
    void percentEncodesTheTokensPaddingAsYouTubeDoes() {
        String token = ContinuationToken.firstPage("PLtalkwatchReplay000000000000001");
        assertThat(token).endsWith("%3D").doesNotContain("=").doesNotContain("+").doesNotContain("/");
    }

    @Test
    void readsPlaylistIdsFromEveryFormAUserPastes() {
        String id = "PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ";
        assertThat(PlaylistRef.parse("https://www.youtube.com/playlist?list=" + id)).contains(id);
        assertThat(PlaylistRef.parse("https://www.youtube.com/watch?v=P1-KQZZarpc&list=" + id + "&index=121")).contains(id);
        assertThat(PlaylistRef.parse("youtube.com/playlist?list=" + id)).contains(id);
        assertThat(PlaylistRef.parse("https://m.youtube.com/playlist?list=" + id + "&si=abc")).contains(id);
        assertThat(PlaylistRef.parse("  " + id + " ")).contains(id);
        assertThat(PlaylistRef.parse("https://www.youtube.com/watch?v=P1-KQZZarpc")).isEmpty();
        assertThat(PlaylistRef.parse("recap.html")).isEmpty();
        assertThat(PlaylistRef.looksLikeUrl("https://example.org/x")).isTrue();
        assertThat(PlaylistRef.looksLikeUrl("PLAYLIST.html")).isFalse();
    }

    @Test
    void backsOffExponentiallyWithJitterUpToTheCap() {
        RetryPolicy policy = new RetryPolicy(8, Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofMinutes(2),
                d -> { }, new Random(3));
        for (int attempt = 2; attempt <= 8; attempt++) {
            Duration ceiling = Duration.ofMillis(Math.min(4000, 500L << (attempt - 2)));
            for (int i = 0; i < 50; i++) {
                assertThat(policy.delay(attempt, null)).isBetween(Duration.ZERO, ceiling);
            }
        }
        assertThat(policy.delay(2, Duration.ofSeconds(9))).isEqualTo(Duration.ofSeconds(9));
        assertThat(policy.delay(2, Duration.ofHours(1))).as("capped").isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void readsRetryAfterAsSecondsOrAsAnHttpDateCountedFromTheClock() {
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-12-04T21:00:00Z"), java.time.ZoneOffset.UTC);
        assertThat(HttpTransport.parseRetryAfter("120", clock)).contains(Duration.ofSeconds(120));
        assertThat(HttpTransport.parseRetryAfter("Fri, 04 Dec 2026 21:01:01 GMT", clock)).contains(Duration.ofSeconds(61));
        assertThat(HttpTransport.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", clock)).as("past").contains(Duration.ZERO);
        assertThat(HttpTransport.parseRetryAfter("soon", clock)).isEmpty();
        assertThat(HttpTransport.parseRetryAfter("-5", clock)).isEmpty();
    }

    @Test
    void tellsConsentAndBotCheckPagesFromData() {
        assertThat(Interstitial.of(bytes("<html><title>Before you continue to YouTube</title>"), "text/html"))
                .contains(Interstitial.CONSENT);
        assertThat(Interstitial.of(bytes("<html>Our systems have detected unusual traffic</html>"), ""))
                .contains(Interstitial.BOT_CHECK);
        assertThat(Interstitial.of(bytes("{\"title\": \"unusual traffic in captcha land\"}"), "application/json"))
                .as("JSON that mentions the words is data").isEqualTo(Optional.empty());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
