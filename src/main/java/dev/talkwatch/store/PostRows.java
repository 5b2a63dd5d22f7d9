package dev.talkwatch.store;

import dev.talkwatch.catalog.PostBlock;
import dev.talkwatch.catalog.RecapPost;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SQL of a kept recap post: its front matter and its blocks in order. */
final class PostRows {


    private PostRows() {
    }

    static void save(Handle handle, String playlistId, RecapPost post, Instant now) {
        handle.createUpdate("DELETE FROM post WHERE user_name = :user AND playlist_id = :id")
                .bind("user", handle.user()).bind("id", playlistId).execute();
        handle.createUpdate("""
                INSERT INTO post (user_name, playlist_id, title, date, tags, front_matter, author, event, final_newline,
                                  imported_at)
                VALUES (:user, :id, :title, :date, :tags, :frontMatter, :author, :event, :finalNewline, :now)
                """)
                .bind("user", handle.user()).bind("id", playlistId).bind("title", post.title()).bind("date", post.date())
                .bind("tags", JsonLists.write(post.tags())).bind("frontMatter", JsonLists.write(post.frontMatterExtra()))
                .bind("author", post.author()).bind("event", post.event()).bind("finalNewline", post.finalNewline() ? 1 : 0)
                .bind("now", Times.format(now))
                .execute();
        for (int i = 0; i < post.blocks().size(); i++) {
            PostBlock block = post.blocks().get(i);
            handle.createUpdate("""
                    INSERT INTO post_block (user_name, playlist_id, ordinal, kind, heading, text, cutoff, tracks)
                    VALUES (:user, :id, :ordinal, :kind, :heading, :text, :cutoff, :tracks)
                    """)
                    .bind("user", handle.user()).bind("id", playlistId).bind("ordinal", i + 1).bind("kind", block.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .bind("heading", block.heading())
                    .bind("text", block.kind() == PostBlock.Kind.TEXT ? JsonLists.write(block.lines()) : null)
                    .bind("cutoff", block.cutoff()).bind("tracks", block.tracks())
                    .execute();
        }
    }

    static Optional<RecapPost> find(Handle handle, String playlistId) {
        List<PostBlock> blocks = handle.createQuery(
                        "SELECT kind, heading, text, cutoff, tracks FROM post_block WHERE user_name = :user AND playlist_id = :id"
                                + " ORDER BY ordinal")
                .bind("user", handle.user()).bind("id", playlistId)
                .map(rs -> {
                    long cutoff = rs.getLong("cutoff");
                    Long cutoffValue = rs.wasNull() ? null : cutoff;
                    String text = rs.getString("text");
                    return new PostBlock(PostBlock.Kind.valueOf(rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                            rs.getString("heading"), JsonLists.read(text, "the post"), cutoffValue, rs.getString("tracks"));
                })
                .list();
        return handle.createQuery("""
                        SELECT title, date, tags, front_matter, author, event, final_newline FROM post
                        WHERE user_name = :user AND playlist_id = :id
                        """)
                .bind("user", handle.user()).bind("id", playlistId)
                .map(rs -> new RecapPost(rs.getString("title"), rs.getString("date"),
                        JsonLists.read(rs.getString("tags"), "the post"), JsonLists.read(rs.getString("front_matter"), "the post"),
                        rs.getString("author"), rs.getString("event"), blocks,
                        rs.getInt("final_newline") == 1))
                .findOne();
    }
}
