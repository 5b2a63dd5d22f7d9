package dev.talkwatch.publish;

import java.util.List;

/**
 * Everything a recap template can show, already formatted: the model the README documents for
 * {@code --template}. Template variables written {@code {{x}}} are escaped for the output format;
 * the fields documented as pre-escaped (or as Markdown) are meant for {@code {{{x}}}}.
 *
 * @param title the post title (plain text)
 * @param titleYaml the post title as a YAML scalar (pre-escaped)
 * @param date the post date as the front matter writes it, e.g. 2024-08-06T00:00:00-07:00 (pre-escaped)
 * @param tags the post's tags, each plain and as YAML
 * @param frontMatterExtra other front-matter lines of an imported post, as they were (pre-escaped)
 * @param event the conference's name, e.g. "PyCon US 2024"
 * @param playlistUrl the playlist's youtube.com URL (pre-escaped)
 * @param author the author's name, or null
 * @param blocks the post's blocks in order; each has exactly one of its fields set
 * @param notes the rated and annotated talks (may have no talks)
 * @param queue the enqueued talks (may have no talks)
 * @param popular the popularity sections that have at least one talk
 * @param finalNewline whether the post ends with a line break (an imported post may not)
 */
public record RecapModel(
        String title,
        String titleYaml,
        String date,
        List<Tag> tags,
        List<String> frontMatterExtra,
        String event,
        String playlistUrl,
        String author,
        List<Block> blocks,
        Section notes,
        Section queue,
        List<Section> popular,
        boolean finalNewline) {

    public RecapModel {
        tags = List.copyOf(tags);
        frontMatterExtra = List.copyOf(frontMatterExtra);
        blocks = List.copyOf(blocks);
        popular = List.copyOf(popular);
    }

    public boolean hasTags() {
        return !tags.isEmpty();
    }

    /** A front-matter tag: {@code name} as written, {@code yaml} quoted if YAML needs it (pre-escaped). */
    public record Tag(String name, String yaml) {
    }

    /**
     * One block of the post: the author's own {@code text} lines (Markdown, as written), the
     * {@code intro} line, or a {@code notes}, {@code queue}, {@code popular}, {@code trending} (most
     * views gained this week) or {@code newTalks} (added since the last post) section.
     */
    public record Block(List<Line> text, Intro intro, Section notes, Section queue, Section popular, Section trending,
            Section newTalks) {

        static Block text(List<Line> lines) {
            return new Block(lines, null, null, null, null, null, null);
        }

        /** The section this block holds, or null for text and the intro. */
        Section section() {
            return notes != null ? notes : queue != null ? queue : popular != null ? popular
                    : trending != null ? trending : newTalks;
        }
    }

    /** One line of the author's own text, Markdown as written (pre-escaped). */
    public record Line(String line) {
    }

    /** The line that links the playlist: "The {event} recordings are [posted on YouTube]({playlistUrl})." */
    public record Intro(String event, String playlistUrl) {
    }

    /** A heading (Markdown as written, pre-escaped) and its talks. */
    public record Section(String heading, List<TalkLine> talks) {
        public Section {
            talks = List.copyOf(talks);
        }

        public boolean hasTalks() {
            return !talks.isEmpty();
        }
    }

    /**
     * One talk: its YouTube title, link (pre-escaped), views as YouTube writes them ("3.6K views"),
     * the count behind them and whether it is exact, the user's stars ("★★★½☆") and rating (3.5), the
     * user's notes (Markdown, pre-escaped), the talk read from the title, and in the trending section
     * the views it gained ("+537 views", "+100–299 views in 5 days"; null elsewhere).
     */
    public record TalkLine(String videoId, String title, String url, String views, Long viewCount, Boolean viewsExact,
            String stars, Double rating, List<String> notes, String track, String speakers, String talkTitle,
            String gained) {
        public TalkLine {
            notes = List.copyOf(notes);
        }
    }
}
