package dev.talkwatch.ingest;

import dev.talkwatch.catalog.PostBlock;
import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.catalog.YouTubeLinks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a recap post like the one talkwatch publishes: Hugo front matter, the line linking the
 * playlist, "NAME's notes:" (stars are ratings, nested bullets notes), "NAME's enqueued talks:"
 * (the queue, in order) and "Popular ... as of today" sections (view counts as of the post's date).
 * Everything else (the author's paragraphs, other sections, code blocks) is kept as it stands, to be
 * written back in its place on publish. Damaged encoding is repaired on the way in.
 */
final class PostReader implements SourceReader {

    static final Pattern INTRO = Pattern.compile(
            "^The (.+) recordings are \\[posted on YouTube]\\((https?://(?:www\\.)?youtube\\.com/playlist\\?list=[\\w-]+)\\)\\.$");
    static final Pattern NOTES = Pattern.compile("^(.+?)['’]s notes:$");
    static final Pattern QUEUE = Pattern.compile("^(.+?)['’]s enqueued talks:$");
    static final Pattern POPULAR = Pattern.compile("^Popular (.+?) as of today(?: \\(([\\d,]+)\\+ views[^)]*\\))?:$");
    static final Pattern TRENDING = Pattern.compile("^Trending this week:$");
    static final Pattern NEW = Pattern.compile("^New since the last post:$");
    private static final Pattern ITEM = Pattern.compile(
            "^ {2}- (?:(?<stars>[★☆½]{1,6}) )?\\[(?<title>.*)]\\((?<url>[^\\s)]+)\\)(?: with (?<views>.+))?\\s*$");
    private static final Pattern SUB_ITEM = Pattern.compile("^ {4}- (.*)$");
    private static final Pattern CONTINUED = Pattern.compile("^ {6}(\\S.*)$");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>~&|])");

    /** Whether a text's first lines look like a recap post. */
    static boolean looksLikePost(String prefix) {
        return prefix.lines().map(String::strip).anyMatch(line -> INTRO.matcher(line).matches()
                || NOTES.matcher(line).matches() || QUEUE.matcher(line).matches() || POPULAR.matcher(line).matches());
    }

    @Override
    public SourceContent read(Source source, ImportProblems problems) throws IOException {
        String text;
        try (InputStream in = source.open()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        boolean finalNewline = text.endsWith("\n");
        // repaired first, so damaged stars and names read as what they are
        List<String> lines = new ArrayList<>(List.of((finalNewline ? text.substring(0, text.length() - 1) : text).split("\n", -1)))
                .stream().map(TextRepair::cleanLine).toList();
        Parse parse = new Parse(problems);
        int body = parse.frontMatter(lines);
        parse.body(lines, body);
        if (parse.sections == 0) {
            throw new UnreadableSourceException(source.name(), "it has none of the sections of a recap post (the line"
                    + " linking the playlist, \"NAME's notes:\", \"NAME's enqueued talks:\", \"Popular ... as of today:\")");
        }
        String playlistId = parse.playlistId != null ? parse.playlistId : VideoEntry.mostCommonPlaylist(parse.entries);
        if (playlistId == null) {
            throw new UnreadableSourceException(source.name(), "its links name no playlist (no list= parameter)");
        }
        RecapPost post = new RecapPost(parse.title, parse.date, parse.tags, parse.frontMatterExtra, parse.author, parse.event,
                parse.blocks, finalNewline);
        PlaylistCapture capture = new PlaylistCapture(playlistId, parse.event, null, null, null, parse.entries, false,
                SourceFormat.POST, source.name(), parse.capturedAt(), true, null);
        return new SourceContent(List.of(capture), List.of(),
                List.of(new PostContent(playlistId, post, parse.ratings, parse.notes, parse.queue)), List.of());
    }

    /** The state of one post's reading. */
    private static final class Parse {
        final ImportProblems problems;
        String title;
        String date;
        final List<String> tags = new ArrayList<>();
        final List<String> frontMatterExtra = new ArrayList<>();
        String author;
        String event;
        String playlistId;
        final List<PostBlock> blocks = new ArrayList<>();
        final List<VideoEntry> entries = new ArrayList<>();
        final List<PostContent.Rated> ratings = new ArrayList<>();
        final Map<String, List<String>> notes = new LinkedHashMap<>();
        final List<String> queue = new ArrayList<>();
        int sections;

        Parse(ImportProblems problems) {
            this.problems = problems;
        }

        /** Reads the front matter, if any; returns the first line of the body. */
        int frontMatter(List<String> lines) {
            if (lines.isEmpty() || !lines.getFirst().equals("---")) {
                return 0;
            }
            int end = lines.subList(1, lines.size()).indexOf("---") + 1;
            if (end == 0) {
                return 0;
            }
            StringBuilder problem = new StringBuilder();
            java.util.Optional<java.util.Map<String, Object>> fields =
                    dev.talkwatch.catalog.FrontMatterYaml.read(String.join("\n", lines.subList(1, end)), problem);
            if (fields.isEmpty()) {
                problems.add("line 1", "the front matter is not YAML (" + problem + "); its title, date and tags were not read");
            }
            fields.ifPresent(values -> {
                if (values.get("title") instanceof String text) {
                    title = TextRepair.clean(text);
                }
                if (values.get("date") instanceof String text) {
                    date = text.strip();
                }
                if (values.get("tags") instanceof List<?> items) {
                    items.forEach(item -> tags.add((String) item));
                } else if (values.get("tags") instanceof String item && !item.isBlank()) {
                    tags.add(item);
                }
            });
            // the other fields go back into the recap as they were written
            boolean own = false;
            for (int i = 1; i < end; i++) {
                String line = lines.get(i);
                // a field starts at the line's start; its value's further lines are indented or list items
                if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#") && !line.startsWith("-")) {
                    own = line.startsWith("title:") || line.startsWith("date:") || line.startsWith("tags:");
                }
                if (!own) {
                    frontMatterExtra.add(line);
                }
            }
            return end + 1;
        }

        Instant capturedAt() {
            RecapPost dated = new RecapPost(null, date, null, null, null, null, List.of(), true);
            return dated.day().isPresent() ? dated.moment() : null;
        }

        void body(List<String> lines, int start) {
            List<String> text = new ArrayList<>();
            int i = start;
            while (i < lines.size()) {
                String line = lines.get(i);
                Matcher intro = INTRO.matcher(line);
                if (event == null && intro.matches()) {
                    flush(text);
                    event = TextRepair.clean(intro.group(1));
                    playlistId = YouTubeLinks.queryParameter(intro.group(2), "list").orElse(null);
                    blocks.add(PostBlock.of(PostBlock.Kind.INTRO, null));
                    sections++;
                    i++;
                    continue;
                }
                int after = section(lines, i);
                if (after > i) {
                    // the section's block was added by section(); the text before it goes first
                    PostBlock block = blocks.removeLast();
                    flush(text);
                    blocks.add(block);
                    sections++;
                    i = after;
                    continue;
                }
                text.add(line);
                i++;
            }
            flush(text);
        }

        private void flush(List<String> text) {
            if (!text.isEmpty()) {
                blocks.add(PostBlock.text(text));
                text.clear();
            }
        }

        /** Reads a section starting at {@code start}; returns the line after it, or {@code start} if none starts there. */
        private int section(List<String> lines, int start) {
            String heading = lines.get(start);
            Matcher notesHeading = NOTES.matcher(heading);
            Matcher queueHeading = QUEUE.matcher(heading);
            Matcher popularHeading = POPULAR.matcher(heading);
            PostBlock.Kind kind = notesHeading.matches() ? PostBlock.Kind.NOTES
                    : queueHeading.matches() ? PostBlock.Kind.QUEUE
                    : popularHeading.matches() ? PostBlock.Kind.POPULAR
                    : TRENDING.matcher(heading).matches() ? PostBlock.Kind.TRENDING
                    : NEW.matcher(heading).matches() ? PostBlock.Kind.NEW : null;
            if (kind == null) {
                return start;
            }
            int i = start + 1;
            while (i < lines.size() && lines.get(i).isBlank() && i == start + 1) {
                i++;
            }
            int firstItem = i;
            String current = null;
            while (i < lines.size()) {
                String line = lines.get(i);
                Matcher item = ITEM.matcher(line);
                Matcher sub = SUB_ITEM.matcher(line);
                Matcher continued = CONTINUED.matcher(line);
                if (item.matches()) {
                    current = item(kind, item, i + 1);
                } else if (sub.matches() && current != null && kind == PostBlock.Kind.NOTES) {
                    notes.computeIfAbsent(current, k -> new ArrayList<>()).add(sub.group(1));
                } else if (continued.matches() && current != null && kind == PostBlock.Kind.NOTES
                        && !notes.getOrDefault(current, List.of()).isEmpty()) {
                    // a note's further line; one under a talk with no note yet is no note's (found by the fuzz tests)
                    List<String> own = notes.get(current);
                    own.set(own.size() - 1, own.getLast() + "\n" + continued.group(1));
                } else {
                    break;
                }
                i++;
            }
            if (i == firstItem) {
                return start; // a heading without talks is the author's text
            }
            String heading2 = heading;
            switch (kind) {
                case NOTES -> {
                    author = author != null ? author : TextRepair.clean(notesHeading.group(1));
                    blocks.add(PostBlock.of(kind, heading2));
                }
                case QUEUE -> {
                    author = author != null ? author : TextRepair.clean(queueHeading.group(1));
                    blocks.add(PostBlock.of(kind, heading2));
                }
                case TRENDING, NEW -> blocks.add(PostBlock.of(kind, heading2));
                default -> {
                    String cutoffDigits = popularHeading.group(2) == null ? null : popularHeading.group(2).replace(",", "");
                    Long cutoff = cutoffDigits == null || cutoffDigits.isEmpty() || cutoffDigits.length() > 18 ? null
                            : Long.parseLong(cutoffDigits);
                    String what = popularHeading.group(1).toLowerCase(java.util.Locale.ROOT);
                    blocks.add(PostBlock.popular(heading2, cutoff, what.contains("tutorial") ? "Tutorials" : "!Tutorials"));
                }
            }
            return i;
        }

        /** Reads one list item into an entry (and a rating or a queue place); returns its video id or null. */
        private String item(PostBlock.Kind kind, Matcher item, int lineNumber) {
            String url = item.group("url");
            String videoId = YouTubeLinks.videoIdOf(url).orElse(null);
            if (videoId == null) {
                problems.add("line " + lineNumber, "the link '" + url + "' names no YouTube video; skipped");
                return null;
            }
            String title = TextRepair.clean(MARKDOWN_ESCAPE.matcher(item.group("title")).replaceAll("$1"));
            ViewCount views = null;
            if (kind == PostBlock.Kind.POPULAR && item.group("views") != null) {
                // a count the author copied some time before the post's date: never exact for that date
                views = ViewCount.parse(item.group("views")).map(ViewCount::approximate).orElse(null);
                if (views == null) {
                    problems.add("line " + lineNumber, "view count '" + item.group("views") + "' is in no form talkwatch knows");
                }
            }
            Integer position = YouTubeLinks.indexOf(url).orElse(null);
            String list = YouTubeLinks.queryParameter(url, "list").filter(YouTubeLinks::isPlaylistId).orElse(null);
            entries.add(VideoEntry.listed(videoId, position, title == null ? videoId : title, null, null, null, views,
                    YouTubeLinks.absolute(url), list));
            if (kind == PostBlock.Kind.NOTES && item.group("stars") != null) {
                Stars.parse(item.group("stars")).ifPresentOrElse(stars -> ratings.add(new PostContent.Rated(videoId, stars)),
                        () -> problems.add("line " + lineNumber, "'" + item.group("stars") + "' is no rating of 0 to 5 stars"));
            }
            if (kind == PostBlock.Kind.NOTES) {
                notes.computeIfAbsent(videoId, k -> new ArrayList<>());
            }
            if (kind == PostBlock.Kind.QUEUE && !queue.contains(videoId)) {
                queue.add(videoId);
            }
            return videoId;
        }
    }
}
