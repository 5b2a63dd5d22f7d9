package dev.talkwatch.ingest;

import dev.talkwatch.catalog.CountLanguage;
import dev.talkwatch.catalog.ViewCount;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Reads the view-count text a page showed for a video in the page's own language ({@code hl}),
 * never in a language guessed from the digits. A page that does not say its language is read as
 * English, and what is no English count waits for the language of the other pages of its
 * playlist; a form that cannot be read is reported in one line and left out, never stored wrong.
 */
final class CountReading {

    // English texts with a number that is no view count: an age, a live audience, a schedule.
    private static final List<String> NOT_COUNTS = List.of(" ago", "watching", "waiting", "scheduled", "premiere",
            "streamed", "updated");

    private CountReading() {
    }

    /**
     * The entry with its count read from {@code entry.viewsText()} in {@code language} (a tag as the
     * page gives it, or null when it gives none), made exact by {@code labelled} (the count of the
     * accessibility label, or null) where that agrees. With a language it leaves no text unread:
     * what it cannot read goes to {@code problems} as (where, message).
     */
    static VideoEntry read(VideoEntry entry, Long labelled, String language, String where,
            BiConsumer<String, String> problems) {
        String text = entry.viewsText();
        if (text == null) {
            return entry;
        }
        if (language == null) {
            return ViewCount.parse(text).map(count -> entry.withViews(exact(count, labelled))).orElse(entry);
        }
        CountLanguage known = CountLanguage.of(language).orElse(null);
        if (known == null) {
            if (hasDigit(text)) {
                problems.accept(where, "view count '" + text + "' is in " + CountLanguage.describe(language)
                        + ", whose view counts talkwatch does not read yet; it was left out");
            }
            return entry.withViews(null);
        }
        return ViewCount.parse(text, known).map(count -> entry.withViews(exact(count, labelled))).orElseGet(() -> {
            if (isCountLike(text, known)) {
                problems.accept(where, "view count '" + text + "' is in no form talkwatch knows for "
                        + CountLanguage.describe(language) + "; it was left out");
            }
            return entry.withViews(null);
        });
    }

    /** What is still unread once no page of the playlist said its language. */
    static VideoEntry unreadable(VideoEntry entry, String where, BiConsumer<String, String> problems) {
        if (entry.viewsText() != null && isCountLike(entry.viewsText(), CountLanguage.ENGLISH)) {
            problems.accept(where, "view count '" + entry.viewsText() + "' is in no English form talkwatch knows and"
                    + " the source does not say its language; it was left out (import it together with the"
                    + " playlist's first page, which says it)");
        }
        return entry.viewsText() == null ? entry : entry.withViews(null);
    }

    private static boolean isCountLike(String text, CountLanguage language) {
        if (!hasDigit(text)) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return language != CountLanguage.ENGLISH || NOT_COUNTS.stream().noneMatch(lower::contains);
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    // YouTube truncates: "3.6K" covers 3,600 to 3,699, and the label's count must lie in it.
    private static ViewCount exact(ViewCount shown, Long labelled) {
        if (labelled == null) {
            return shown;
        }
        return labelled >= shown.low() && labelled <= shown.high() ? shown.withExactValue(labelled) : shown;
    }
}
