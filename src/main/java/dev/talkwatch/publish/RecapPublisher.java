package dev.talkwatch.publish;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.ViewCount;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes the recap post for a playlist: Hugo front matter, the line linking the playlist, and the
 * popular talks and popular tutorials over the cutoff, most viewed first. Stateless.
 */
public final class RecapPublisher {

    private static final DateTimeFormatter HUGO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final Set<String> TUTORIAL_TRACKS = Set.of("tutorial", "tutorials");
    private static final Comparator<PlaylistItem> MOST_VIEWED = Comparator
            .comparingLong((PlaylistItem item) -> item.views().map(ViewCount::value).orElse(-1L)).reversed()
            .thenComparingInt(PlaylistItem::position);

    public String markdown(Playlist playlist, List<PlaylistItem> items, RecapOptions options) {
        return Templates.renderMarkdown("recap.md.mustache", model(playlist, items, options));
    }

    public RecapModel model(Playlist playlist, List<PlaylistItem> items, RecapOptions options) {
        String event = options.event() != null ? options.event() : playlist.displayName();
        String title = options.title() != null ? options.title() : event + " Recordings";
        List<RecapModel.Section> sections = new ArrayList<>();
        String cutoff = NumberFormat.getIntegerInstance(Locale.US).format(options.cutoff());
        addSection(sections, "Popular talks as of today (" + cutoff + "+ views, arbitrary cutoff):",
                items, options.cutoff(), item -> !isTutorial(item));
        addSection(sections, "Popular tutorials as of today:", items, options.cutoff(), RecapPublisher::isTutorial);
        List<RecapModel.Tag> tags = options.tags().stream()
                .map(tag -> new RecapModel.Tag(tag, FrontMatter.scalar(tag)))
                .toList();
        return new RecapModel(title, FrontMatter.quoted(title), options.date().format(HUGO_DATE), tags, event,
                MarkdownText.linkDestination(playlist.url()), sections);
    }

    private static void addSection(List<RecapModel.Section> sections, String heading, List<PlaylistItem> items,
            long cutoff, Predicate<PlaylistItem> belongs) {
        List<RecapModel.TalkLine> talks = items.stream()
                .filter(belongs)
                .filter(item -> item.video().status().available()) // a private or deleted video cannot be watched
                .filter(item -> item.views().map(v -> v.value() >= cutoff).orElse(false))
                .sorted(MOST_VIEWED)
                .map(RecapPublisher::line)
                .toList();
        if (!talks.isEmpty()) {
            sections.add(new RecapModel.Section(heading, talks));
        }
    }

    private static boolean isTutorial(PlaylistItem item) {
        String track = item.video().talk().track();
        return track != null && TUTORIAL_TRACKS.contains(track.toLowerCase(Locale.ROOT));
    }

    private static RecapModel.TalkLine line(PlaylistItem item) {
        ViewCount views = item.views().orElseThrow();
        return new RecapModel.TalkLine(item.video().title(), MarkdownText.linkDestination(item.sourceLinkOrUrl()),
                views.abbreviatedWithNoun(), views.value(), views.exact(), item.video().talk().track(),
                String.join(", ", item.video().talk().speakers()), item.video().talk().title());
    }
}
