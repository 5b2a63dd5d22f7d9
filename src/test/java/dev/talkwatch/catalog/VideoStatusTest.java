package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoStatusTest {

    @Test
    void readsThePlaceholderTitlesOfEverySource() {
        assertThat(VideoStatus.ofPlaceholderTitle("[Private video]")).contains(VideoStatus.PRIVATE);
        assertThat(VideoStatus.ofPlaceholderTitle(" Deleted video ")).contains(VideoStatus.DELETED);
        assertThat(VideoStatus.ofPlaceholderTitle("[Video unavailable]")).contains(VideoStatus.UNAVAILABLE);
        assertThat(VideoStatus.ofPlaceholderTitle("[UNAVAILABLE VIDEO]")).contains(VideoStatus.UNAVAILABLE);
    }

    @Test
    void aTitleThatOnlyMentionsThemIsATitle() {
        assertThat(VideoStatus.ofPlaceholderTitle("Talks - Why my private video stayed private")).isEmpty();
        assertThat(VideoStatus.ofPlaceholderTitle("[Private video")).isEmpty();
        assertThat(VideoStatus.ofPlaceholderTitle("[[Private video]]")).isEmpty();
        assertThat(VideoStatus.ofPlaceholderTitle("[]")).isEmpty();
        assertThat(VideoStatus.ofPlaceholderTitle(null)).isEmpty();
    }
}
