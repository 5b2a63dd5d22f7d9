package dev.talkwatch.curate;

import dev.talkwatch.catalog.Note;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.catalog.VideoState;
import dev.talkwatch.store.HistoryRow;
import dev.talkwatch.store.Membership;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything known about one video: itself and its newest counts, the playlists it is in, the
 * user's rating (null when unrated), notes, queue position (null when not queued), the days it was
 * watched and every snapshot, oldest first.
 */
public record VideoCard(VideoState state, List<Membership> playlists, Stars rating, List<Note> notes,
        Integer queuePosition, List<LocalDate> watched, List<HistoryRow> history) {
}
