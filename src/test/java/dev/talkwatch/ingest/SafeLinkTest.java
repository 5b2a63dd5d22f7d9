package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeLinkTest {

    private static String kept(String link) {
        return ImportRun.safeLink(VideoEntry.shown("P1-KQZZarpc", 1, "A talk", null, null, null, "5 views", link, null));
    }

    @Test
    void keepsAWatchLinkToTheVideoItself() {
        assertThat(kept("/watch?v=P1-KQZZarpc&list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ&index=1"))
                .isEqualTo("https://www.youtube.com/watch?v=P1-KQZZarpc&list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ&index=1");
    }

    @Test
    void dropsALinkWithMarkupOrSpaceAnywhereInIt() {
        for (String bad : new String[] {"/watch?v=P1-KQZZarpc&x=<script>", "/watch?v=P1-KQZZarpc&x=\"onload",
            "/watch?v=P1-KQZZarpc&x='", "/watch?v=P1-KQZZarpc&x= y", "/watch?v=P1-KQZZarpc&x=\ny<",
            "/watch?v=P1-KQZZarpc&x=\u2028<img>", "/watch?v=P1-KQZZarpc&x=\u0085\""}) {
            assertThat(kept(bad)).as(bad).isNull();
        }
    }

    @Test
    void dropsALinkToAnotherVideoOrSite() {
        assertThat(kept("/watch?v=AAAAAAAAAAA")).isNull();
        assertThat(kept("https://evil.example/watch?v=P1-KQZZarpc")).isNull();
    }
}
