package dev.talkwatch.catalog;

import java.util.List;

/**
 * A recap post as its author laid it out: front matter, who wrote it, the conference's name, and its
 * blocks in order. Importing a post keeps this layout, so publishing writes the author's own text
 * back in its place. Null fields were not in the post.
 *
 * @param date the front matter's date as written ("2024-08-06T00:00:00-07:00")
 * @param frontMatterExtra front-matter lines talkwatch does not write itself, as they were
 * @param finalNewline whether the post's last line ended with a line break
 */
public record RecapPost(String title, String date, List<String> tags, List<String> frontMatterExtra, String author,
        String event, List<PostBlock> blocks, boolean finalNewline) {

    public RecapPost {
        tags = tags == null ? List.of() : List.copyOf(tags);
        frontMatterExtra = frontMatterExtra == null ? List.of() : List.copyOf(frontMatterExtra);
        blocks = List.copyOf(blocks);
    }
}
