package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YouTubeLinksTest {

    @Test
    void buildsTheCanonicalWatchUrl() {
        assertThat(YouTubeLinks.watchUrl("mCkqz8jo19M", "PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ", 62))
                .isEqualTo("https://www.youtube.com/watch?v=mCkqz8jo19M&list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ&index=62");
    }

    @Test
    void readsIdsAndIndexFromLinks() {
        String link = "/watch?v=mCkqz8jo19M&list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ&index=62&pp=iAQB";
        assertThat(YouTubeLinks.videoIdOf(link)).contains("mCkqz8jo19M");
        assertThat(YouTubeLinks.queryParameter(link, "list")).contains("PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ");
        assertThat(YouTubeLinks.indexOf(link)).contains(62);
        assertThat(YouTubeLinks.videoIdOf("https://youtu.be/mCkqz8jo19M")).contains("mCkqz8jo19M");
        assertThat(YouTubeLinks.videoIdOf("https://www.youtube.com/shorts/mCkqz8jo19M?feature=share")).contains("mCkqz8jo19M");
    }

    @Test
    void rejectsWhatIsNoIdOrPosition() {
        assertThat(YouTubeLinks.videoIdOf("https://example.com/")).isEmpty();
        assertThat(YouTubeLinks.indexOf("/watch?v=mCkqz8jo19M&index=0")).isEmpty();
        assertThat(YouTubeLinks.indexOf("/watch?v=mCkqz8jo19M&index=x")).isEmpty();
        assertThat(YouTubeLinks.isVideoId("short")).isFalse();
    }

    @Test
    void makesSiteRelativeLinksAbsolute() {
        assertThat(YouTubeLinks.absolute("/watch?v=x")).isEqualTo("https://www.youtube.com/watch?v=x");
        assertThat(YouTubeLinks.absolute("https://www.youtube.com/watch?v=x")).isEqualTo("https://www.youtube.com/watch?v=x");
    }
}
