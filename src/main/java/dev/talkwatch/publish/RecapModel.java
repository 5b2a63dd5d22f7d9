package dev.talkwatch.publish;

import java.util.List;

/**
 * Everything a recap template can show, already formatted. Template variables written {@code {{x}}}
 * are escaped for the output format; the fields documented as pre-escaped are meant for
 * {@code {{{x}}}}.
 *
 * @param title the post title (plain text)
 * @param titleYaml the post title as a quoted YAML string (pre-escaped)
 * @param date the post date, ISO 8601 with offset, e.g. 2024-08-06T00:00:00-07:00
 * @param tags the post's tags, each plain and as YAML
 * @param event the conference's name, e.g. "PyCon US 2024"
 * @param playlistUrl the playlist's youtube.com URL (pre-escaped)
 * @param sections the popularity sections that have at least one talk
 */
public record RecapModel(
        String title,
        String titleYaml,
        String date,
        List<Tag> tags,
        String event,
        String playlistUrl,
        List<Section> sections) {

    public RecapModel {
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
    }

    public boolean hasTags() {
        return !tags.isEmpty();
    }

    /** A front-matter tag: {@code name} as written, {@code yaml} quoted if YAML needs it (pre-escaped). */
    public record Tag(String name, String yaml) {
    }

    /** A list of talks under a heading, such as "Popular talks as of today (500+ views, arbitrary cutoff):". */
    public record Section(String heading, List<TalkLine> talks) {
        public Section {
            talks = List.copyOf(talks);
        }
    }

    /**
     * One talk: its YouTube title, its link (pre-escaped), and its views as YouTube writes them
     * ("3.6K views"); {@code viewsExact} tells whether the count behind them is exact.
     */
    public record TalkLine(String title, String url, String views, long viewCount, boolean viewsExact,
            String track, String speakers, String talkTitle) {
    }
}
