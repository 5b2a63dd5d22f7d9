package dev.talkwatch.publish;

import dev.talkwatch.catalog.PostBlock;
import dev.talkwatch.catalog.RecapPost;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which value a post takes where the user (an option, a form field), an imported post of the
 * playlist and the configuration file may each name one: the user's, else the post's, else the
 * configuration's. The one home of that rule for the command line and the web app, with the lines
 * that say when the post's value is taken over the configuration's, so that the rule and what is
 * said of it cannot drift apart.
 *
 * @param author the configuration's author, or null
 * @param tags the configuration's tags
 * @param cutoff the configuration's cutoff, or null
 */
public record PostDefaults(String author, List<String> tags, Long cutoff) {

    public PostDefaults {
        tags = List.copyOf(tags);
    }

    /**
     * The values for a post. A null author or cutoff and empty tags where a post was imported mean
     * the post's own ({@link RecapPublisher} takes them from it).
     *
     * @param notes one line for each value the imported post gives over the configuration's
     */
    public record Chosen(String author, List<String> tags, Long cutoff, List<String> notes) {
    }

    /**
     * The values for a post from what the user gave ({@code author} and {@code cutoff} null, {@code tags}
     * empty when not given), the post imported for the playlist, and these defaults.
     * {@code optionOf} names the user's way to choose ({@code --author}, the form's Author field).
     */
    public Chosen choose(String author, List<String> tags, Long cutoff, Optional<RecapPost> post,
            java.util.function.Function<String, String> optionOf) {
        List<String> notes = new ArrayList<>();
        String postAuthor = post.map(RecapPost::author).orElse(null);
        String chosenAuthor = author != null ? author : postAuthor != null ? null : this.author;
        if (author == null && postAuthor != null && this.author != null && !this.author.equals(postAuthor)) {
            notes.add("the author is the imported post's (" + postAuthor + "), not author= of the configuration ("
                    + this.author + "); " + optionOf.apply("author") + " chooses another");
        }
        Long postCutoff = post.flatMap(PostDefaults::cutoffOf).orElse(null);
        Long chosenCutoff = cutoff != null ? cutoff : post.isPresent() ? null : this.cutoff;
        if (cutoff == null && postCutoff != null && this.cutoff != null && !this.cutoff.equals(postCutoff)) {
            notes.add("the cutoff is the imported post's (" + postCutoff + "+ views), not cutoff= of the configuration ("
                    + this.cutoff + "); " + optionOf.apply("cutoff") + " chooses another");
        }
        List<String> chosenTags = !tags.isEmpty() ? tags : post.isPresent() ? List.of() : this.tags;
        return new Chosen(chosenAuthor, chosenTags, chosenCutoff, List.copyOf(notes));
    }

    /**
     * The cutoff a playlist's page draws its line at: the user's, else that of the imported post
     * ({@code postCutoff}, see {@link #cutoffOf}), else the configuration's, else 500.
     */
    public long cutoffFor(Long given, Long postCutoff) {
        return given != null ? given : postCutoff != null ? postCutoff : cutoff != null ? cutoff : RecapOptions.DEFAULT_CUTOFF;
    }

    /** The cutoff a post was written with: that of its first popular section that names one. */
    public static Optional<Long> cutoffOf(RecapPost post) {
        return post.blocks().stream().filter(b -> b.kind() == PostBlock.Kind.POPULAR && b.cutoff() != null)
                .map(PostBlock::cutoff).findFirst();
    }

    /** "As of" a day means up to its end: the snapshots taken that day count. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }
}
