package dev.talkwatch.ingest;

/** Combines two sources' facts about one video: what the later one gives wins, the rest is kept. */
final class FactsMerge {

    private FactsMerge() {
    }

    static VideoFacts merge(VideoFacts earlier, VideoFacts later) {
        return new VideoFacts(later.videoId(),
                pick(earlier.title(), later.title()),
                pick(earlier.channel(), later.channel()),
                pick(earlier.channelId(), later.channelId()),
                pick(earlier.durationSeconds(), later.durationSeconds()),
                pick(earlier.views(), later.views()),
                pick(earlier.likes(), later.likes()),
                pick(earlier.publishedAt(), later.publishedAt()),
                pick(earlier.fullTitle(), later.fullTitle()),
                later.speakers().isEmpty() ? earlier.speakers() : later.speakers(),
                pick(earlier.recordedOn(), later.recordedOn()),
                pick(earlier.description(), later.description()),
                later.origin());
    }

    private static <T> T pick(T earlier, T later) {
        return later != null ? later : earlier;
    }
}
