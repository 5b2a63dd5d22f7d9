package dev.talkwatch.publish;

import dev.talkwatch.catalog.Note;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.PostBlock;
import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.catalog.ViewCount;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the recap post's model: front matter, the line linking the playlist, the notes (rated
 * talks with their notes), the enqueued talks and the popular sections over the cutoff, most viewed
 * first. An imported post gives the layout, and its own text is kept in its place; without one the
 * post has the layout of talkwatch's default. Stateless.
 */
public final class RecapPublisher {

    private static final DateTimeFormatter HUGO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final Pattern HEADING_CUTOFF = Pattern.compile("\\(([\\d,]+)\\+ views");
    private static final Comparator<PlaylistItem> MOST_VIEWED = Comparator
            .comparing((PlaylistItem item) -> item.views().orElse(null), Comparator.nullsLast(ViewCount.ORDER.reversed()))
            .thenComparingInt(PlaylistItem::position);

    /** The post in Markdown with talkwatch's default template. */
    public String markdown(RecapSource source, RecapOptions options) {
        return markdown(model(source, options));
    }

    private static String markdown(RecapModel model) {
        String markdown = Templates.renderMarkdown("recap.md.mustache", model);
        return model.finalNewline() ? markdown : markdown.substring(0, markdown.length() - 1);
    }

    /** The post as a standalone HTML page. */
    public String html(RecapSource source, RecapOptions options) {
        RecapModel model = model(source, options);
        return HtmlPage.render(model, markdown(model));
    }

    /** The post's Markdown, its front matter (between the --- lines), and its body rendered to safe HTML, for a preview. */
    public record Preview(String markdown, String frontMatter, String bodyHtml) {
    }

    /** A moment as the front matter's date writes it. */
    public static String dateText(OffsetDateTime moment) {
        return moment.format(HUGO_DATE);
    }

    public Preview preview(RecapSource source, RecapOptions options) {
        String markdown = markdown(model(source, options));
        String body = HtmlPage.withoutFrontMatter(markdown);
        String frontMatter = body.length() == markdown.length() ? "" : markdown.substring(0, markdown.length() - body.length()).strip();
        return new Preview(markdown, frontMatter, MarkdownHtml.render(body));
    }

    /** The post written by a user's Mustache template ({@code html}: escaping for HTML, else for Markdown). */
    public String withTemplate(RecapSource source, RecapOptions options, String name, String template, boolean html) {
        return Templates.renderUser(name, template, html ? Templates.Format.HTML : Templates.Format.MARKDOWN,
                model(source, options));
    }

    public RecapModel model(RecapSource source, RecapOptions options) {
        RecapPost post = source.post().orElse(null);
        String event = first(options.event(), post == null ? null : post.event(), source.playlist().displayName());
        String title = first(options.title(), post == null ? null : post.title(), event + " Recordings");
        String date = options.date() != null ? options.date().format(HUGO_DATE)
                : post != null && post.date() != null ? post.date() : source.now().format(HUGO_DATE);
        List<String> tagNames = !options.tags().isEmpty() ? options.tags() : post == null ? List.of() : post.tags();
        List<RecapModel.Tag> tags = tagNames.stream().map(t -> new RecapModel.Tag(t, FrontMatter.scalar(t))).toList();
        String author = options.author() != null ? options.author() : post == null ? null : post.author();
        String playlistUrl = MarkdownText.linkDestination(source.playlist().url());

        Map<String, PlaylistItem> byVideo = byVideo(source.curatable());
        RecapModel.Section notes = notes(source, byVideo, options, post, author);
        RecapModel.Section queue = queue(source, byVideo, options, post, author);
        List<PostBlock> layout = layout(post, options, notes, queue);
        List<RecapModel.Block> blocks = new ArrayList<>();
        List<RecapModel.Section> popular = new ArrayList<>();
        long postCutoff = post == null ? RecapOptions.DEFAULT_CUTOFF : post.blocks().stream()
                .filter(b -> b.kind() == PostBlock.Kind.POPULAR && b.cutoff() != null)
                .map(PostBlock::cutoff).findFirst().orElse(RecapOptions.DEFAULT_CUTOFF);
        for (PostBlock block : layout) {
            switch (block.kind()) {
                case TEXT -> blocks.add(RecapModel.Block.text(block.lines().stream().map(RecapModel.Line::new).toList()));
                case INTRO -> blocks.add(new RecapModel.Block(null, new RecapModel.Intro(event, playlistUrl), null, null, null,
                        null, null));
                case NOTES -> blocks.add(new RecapModel.Block(null, null, notes, null, null, null, null));
                case QUEUE -> blocks.add(new RecapModel.Block(null, null, null, queue, null, null, null));
                case POPULAR -> {
                    RecapModel.Section section = popular(source.items(), block, cutoff(block, options, postCutoff));
                    popular.add(section);
                    blocks.add(new RecapModel.Block(null, null, null, null, section, null, null));
                }
                case TRENDING -> blocks.add(new RecapModel.Block(null, null, null, null, null,
                        HistorySections.trending(source, options.trending() == null
                                ? RecapOptions.TRENDING_TALKS : options.trending(), block.heading()), null));
                case NEW -> blocks.add(new RecapModel.Block(null, null, null, null, null, null,
                        HistorySections.newTalks(source, postDate(date, source), block.heading())));
            }
        }
        return new RecapModel(title, FrontMatter.quoted(title), date, tags,
                post == null ? List.of() : post.frontMatterExtra(), event, playlistUrl, author,
                withoutEmptySections(blocks), notes, queue, popular.stream().filter(RecapModel.Section::hasTalks).toList(),
                post == null || post.finalNewline());
    }

    /**
     * The post's blocks, or the default layout; the popular sections of {@code --section} replace
     * the post's, and sections the post lacks but now have talks go before the first popular one.
     */
    private static List<PostBlock> layout(RecapPost post, RecapOptions options, RecapModel.Section notes,
            RecapModel.Section queue) {
        List<PostBlock> blocks = new ArrayList<>();
        if (post == null) {
            blocks.add(PostBlock.text(List.of(""))); // the blank line after the front matter
            blocks.add(PostBlock.of(PostBlock.Kind.INTRO, null));
            blocks.add(PostBlock.of(PostBlock.Kind.NOTES, null));
            blocks.add(PostBlock.of(PostBlock.Kind.QUEUE, null));
        } else {
            blocks.addAll(post.blocks());
        }
        List<PostBlock> popular = (options.sections() != null || post == null
                || post.blocks().stream().noneMatch(b -> b.kind() == PostBlock.Kind.POPULAR))
                ? (options.sections() != null ? options.sections() : SectionSpec.DEFAULTS).stream()
                        .map(s -> PostBlock.popular(s.heading(), s.cutoff(), s.tracks())).toList()
                : null;
        int firstPopular = indexOf(blocks, PostBlock.Kind.POPULAR);
        if (popular != null) {
            blocks.removeIf(b -> b.kind() == PostBlock.Kind.POPULAR);
            int at = firstPopular < 0 ? blocks.size() : Math.min(firstPopular, blocks.size());
            blocks.addAll(at, popular);
            firstPopular = at;
        }
        int historyAt = firstPopular < 0 ? blocks.size() : firstPopular;
        if (options.newTalks() && indexOf(blocks, PostBlock.Kind.NEW) < 0) {
            blocks.add(historyAt, PostBlock.of(PostBlock.Kind.NEW, null));
            firstPopular = firstPopular < 0 ? -1 : firstPopular + 1;
        }
        if (options.trending() != null && indexOf(blocks, PostBlock.Kind.TRENDING) < 0) {
            blocks.add(historyAt, PostBlock.of(PostBlock.Kind.TRENDING, null));
            firstPopular = firstPopular < 0 ? -1 : firstPopular + 1;
        }
        for (PostBlock.Kind kind : List.of(PostBlock.Kind.QUEUE, PostBlock.Kind.NOTES)) {
            RecapModel.Section section = kind == PostBlock.Kind.NOTES ? notes : queue;
            if (indexOf(blocks, kind) < 0 && section.hasTalks()) {
                int at = firstPopular < 0 ? blocks.size() : firstPopular;
                blocks.add(at, PostBlock.of(kind, null));
            }
        }
        return post == null || popular != null || blocks.size() != post.blocks().size() ? spaced(blocks) : blocks;
    }

    private static int indexOf(List<PostBlock> blocks, PostBlock.Kind kind) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    // One blank line between two written blocks that have none between them.
    private static List<PostBlock> spaced(List<PostBlock> blocks) {
        List<PostBlock> spaced = new ArrayList<>();
        for (PostBlock block : blocks) {
            if (!spaced.isEmpty() && block.kind() != PostBlock.Kind.TEXT && endsWithoutBlank(spaced.getLast())) {
                spaced.add(PostBlock.text(List.of("")));
            }
            if (!spaced.isEmpty() && block.kind() == PostBlock.Kind.TEXT && spaced.getLast().kind() != PostBlock.Kind.TEXT
                    && !block.lines().isEmpty() && !block.lines().getFirst().isEmpty()) {
                spaced.add(PostBlock.text(List.of("")));
            }
            spaced.add(block);
        }
        return spaced;
    }

    private static boolean endsWithoutBlank(PostBlock block) {
        return block.kind() != PostBlock.Kind.TEXT || block.lines().isEmpty() || !block.lines().getLast().isEmpty();
    }

    // A section without talks is left out, with the blank line that followed it.
    private static List<RecapModel.Block> withoutEmptySections(List<RecapModel.Block> blocks) {
        List<RecapModel.Block> kept = new ArrayList<>();
        boolean dropNextBlank = false;
        for (RecapModel.Block block : blocks) {
            RecapModel.Section section = block.section();
            if (section != null && !section.hasTalks()) {
                dropNextBlank = true;
                continue;
            }
            if (dropNextBlank && block.text() != null && !block.text().isEmpty() && block.text().getFirst().line().isEmpty()) {
                List<RecapModel.Line> rest = block.text().subList(1, block.text().size());
                dropNextBlank = false;
                if (!rest.isEmpty()) {
                    kept.add(RecapModel.Block.text(rest));
                }
                continue;
            }
            dropNextBlank = false;
            kept.add(block);
        }
        while (!kept.isEmpty() && kept.getLast().text() != null
                && kept.getLast().text().stream().allMatch(l -> l.line().isEmpty())) {
            kept.removeLast(); // no blank lines at the end of a post
        }
        return kept;
    }

    private RecapModel.Section notes(RecapSource source, Map<String, PlaylistItem> byVideo, RecapOptions options,
            RecapPost post, String author) {
        List<String> order = new ArrayList<>(source.ratings().keySet());
        source.notes().keySet().stream().filter(id -> !source.ratings().containsKey(id)).sorted().forEach(order::add);
        List<PlaylistItem> talks = order.stream().filter(byVideo::containsKey).map(byVideo::get)
                .filter(item -> source.ratings().containsKey(item.video().id())
                        || !source.notes().getOrDefault(item.video().id(), List.of()).isEmpty())
                .toList();
        Comparator<PlaylistItem> order2 = switch (options.notesOrder()) {
            case RATED -> null;
            case RATING -> Comparator.comparingInt((PlaylistItem i) -> rating(source, i)).reversed();
            case VIEWS -> MOST_VIEWED;
            case TITLE -> Comparator.comparing((PlaylistItem i) -> i.video().title().toLowerCase(Locale.ROOT));
            case POSITION -> Comparator.comparingInt(PlaylistItem::position);
        };
        if (order2 != null) {
            talks = talks.stream().sorted(order2).toList();
        }
        String heading = sectionHeading(post, options, author, PostBlock.Kind.NOTES, "'s notes:", "My notes:");
        return new RecapModel.Section(heading, talks.stream().map(item -> line(item, source)).toList());
    }

    private static int rating(RecapSource source, PlaylistItem item) {
        Stars stars = source.ratings().get(item.video().id());
        return stars == null ? -1 : stars.halfStars();
    }

    private RecapModel.Section queue(RecapSource source, Map<String, PlaylistItem> byVideo, RecapOptions options,
            RecapPost post, String author) {
        List<RecapModel.TalkLine> talks = source.queue().stream().filter(byVideo::containsKey)
                .map(id -> line(byVideo.get(id), source)).toList();
        String heading = sectionHeading(post, options, author, PostBlock.Kind.QUEUE, "'s enqueued talks:",
                "My enqueued talks:");
        return new RecapModel.Section(heading, talks);
    }

    // --author names the sections anew; otherwise the post's own heading stays as written.
    private static String sectionHeading(RecapPost post, RecapOptions options, String author, PostBlock.Kind kind,
            String suffix, String anonymous) {
        if (options.author() == null && post != null) {
            String own = post.blocks().stream().filter(b -> b.kind() == kind).map(PostBlock::heading).findFirst().orElse(null);
            if (own != null) {
                return own;
            }
        }
        return author == null ? anonymous : MarkdownText.escape(author) + suffix;
    }

    private static Map<String, PlaylistItem> byVideo(List<PlaylistItem> items) {
        Map<String, PlaylistItem> byVideo = new LinkedHashMap<>();
        items.forEach(item -> byVideo.putIfAbsent(item.video().id(), item));
        return byVideo;
    }

    /**
     * A section of {@code --section} keeps its own cutoff; otherwise {@code --cutoff} holds, then the
     * post's cutoff for its sections (a heading without one takes the post's first), then 500.
     */
    private static long cutoff(PostBlock block, RecapOptions options, long postCutoff) {
        if (options.sections() != null) {
            return block.cutoff() != null ? block.cutoff()
                    : options.cutoff() != null ? options.cutoff() : RecapOptions.DEFAULT_CUTOFF;
        }
        if (options.cutoff() != null) {
            return options.cutoff();
        }
        return block.cutoff() != null ? block.cutoff() : postCutoff;
    }

    private RecapModel.Section popular(List<PlaylistItem> items, PostBlock block, long cutoff) {
        SectionSpec spec = new SectionSpec(block.heading(), block.tracks(), cutoff);
        // MOST_VIEWED, with each count unwrapped once: a section of 5,000 talks made its comparator
        // unwrap two Optional counts for each of 60,000 comparisons
        record Ranked(PlaylistItem item, ViewCount views) {
        }
        java.util.function.Predicate<PlaylistItem> listed = spec.lister();
        List<Ranked> ranked = new ArrayList<>();
        for (PlaylistItem item : items) {
            ViewCount views = item.views().orElse(null);
            // a private or deleted video cannot be watched
            if (views != null && views.atLeast(cutoff) && item.video().status().available() && listed.test(item)) {
                ranked.add(new Ranked(item, views));
            }
        }
        ranked.sort(Comparator.comparing(Ranked::views, ViewCount.ORDER.reversed())
                .thenComparingInt(r -> r.item().position()));
        List<RecapModel.TalkLine> talks = new ArrayList<>(ranked.size());
        for (Ranked r : ranked) {
            talks.add(line(r.item(), null));
        }
        return new RecapModel.Section(heading(block, cutoff), List.copyOf(talks));
    }

    // "(500+ views" takes the cutoff in force; a heading written for this very cutoff stays as it was.
    private static String heading(PostBlock block, long cutoff) {
        String heading = block.heading();
        String formatted = ViewCount.grouped(cutoff);
        if (heading.contains("{cutoff}")) {
            return heading.replace("{cutoff}", formatted);
        }
        Matcher m = HEADING_CUTOFF.matcher(heading);
        if (m.find() && Long.parseLong(m.group(1).replace(",", "")) != cutoff) {
            return heading.substring(0, m.start(1)) + formatted + heading.substring(m.end(1));
        }
        return heading;
    }

    private static RecapModel.TalkLine line(PlaylistItem item, RecapSource curation) {
        return line(item, curation, null);
    }

    /** A talk's line, with its rating and notes from {@code curation} (null: none) and the views it {@code gained}. */
    static RecapModel.TalkLine line(PlaylistItem item, RecapSource curation, String gained) {
        ViewCount views = item.views().orElse(null);
        Stars stars = curation == null ? null : curation.ratings().get(item.video().id());
        List<String> notes = curation == null ? List.of()
                : curation.notes().getOrDefault(item.video().id(), List.of()).stream().map(Note::text).toList();
        var talk = item.video().talk();
        return new RecapModel.TalkLine(item.video().id(), item.video().title(),
                MarkdownText.linkDestination(item.sourceLinkOrUrl()),
                views == null ? null : views.abbreviatedWithNoun(), views == null ? null : views.value(),
                views == null ? null : views.exact(), stars == null ? null : stars.glyphs(),
                stars == null ? null : stars.value(), notes, talk.track(), String.join(", ", talk.speakers()), talk.title(),
                gained);
    }

    // The front matter's date as a moment; one the post wrote in another form counts as now.
    private static OffsetDateTime postDate(String date, RecapSource source) {
        return RecapPost.dateTime(date).orElse(source.now());
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
