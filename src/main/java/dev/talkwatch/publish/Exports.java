package dev.talkwatch.publish;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.talkwatch.catalog.Note;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.curate.DiaryLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The catalog in other tools' shapes: a curated CSV, a Letterboxd diary, a pyvideo.org event folder. */
public final class Exports {

    private Exports() {
    }

    /** The list columns, then the user's rating, notes, queue position and viewing days. */
    public static String curatedCsv(List<PlaylistItem> items, Map<String, Stars> ratings, Map<String, List<Note>> notes,
            List<String> queue, Map<String, List<LocalDate>> watched) {
        List<String> header = new ArrayList<>(ItemListing.KEYS);
        header.addAll(List.of("rating", "notes", "queuePosition", "watched"));
        StringBuilder out = new StringBuilder(Csv.row(header));
        for (PlaylistItem item : items) {
            String id = item.video().id();
            Stars stars = ratings.get(id);
            int position = queue.indexOf(id);
            List<String> cells = new ArrayList<>(ItemListing.cells(item));
            cells.addAll(List.of(
                    stars == null ? "" : stars.toString(),
                    String.join("\n", notes.getOrDefault(id, List.of()).stream().map(Note::text).toList()),
                    position < 0 ? "" : Integer.toString(position + 1),
                    String.join(";", watched.getOrDefault(id, List.of()).stream().map(LocalDate::toString).toList())));
            out.append(Csv.row(cells));
        }
        return out.toString();
    }

    /** Letterboxd's diary import: Title, WatchedDate, Rating (0.5 to 5), Review (the notes). */
    public static String letterboxd(List<DiaryLine> diary, Map<String, List<Note>> notes) {
        StringBuilder out = new StringBuilder(Csv.row(List.of("Title", "WatchedDate", "Rating", "Review")));
        for (DiaryLine line : diary) {
            String id = line.entry().videoId();
            String title = line.state().video().talk().title() != null ? line.state().video().talk().title()
                    : line.state().video().title();
            out.append(Csv.row(List.of(title, line.entry().watchedOn().toString(),
                    line.rating() == null || line.rating().halfStars() == 0 ? "" : line.rating().toString(),
                    String.join("\n\n", notes.getOrDefault(id, List.of()).stream().map(Note::text).toList()))));
        }
        return out.toString();
    }

    /**
     * Writes a pyvideo.org event folder: {@code category.json} and one {@code videos/<slug>.json} per
     * talk, in pyvideo's schema (keys sorted, four-space indents). Returns the number of talks written.
     */
    public static int pyvideo(Path folder, Playlist playlist, List<PlaylistItem> items) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("    ", "\n"))
                .withArrayIndenter(new DefaultIndenter("    ", "\n"));
        ObjectWriter writer = json.writer(printer);
        Path videos = Files.createDirectories(folder.resolve("videos"));
        Map<String, Object> category = new LinkedHashMap<>();
        category.put("title", playlist.displayName());
        Files.writeString(folder.resolve("category.json"), writer.writeValueAsString(category) + "\n");
        Set<String> slugs = new HashSet<>();
        int written = 0;
        for (PlaylistItem item : items) {
            if (!item.video().status().available()) {
                continue;
            }
            var video = item.video();
            String title = video.talk().title() != null ? video.talk().title() : video.title();
            Map<String, Object> talk = new LinkedHashMap<>();
            talk.put("title", title);
            talk.put("speakers", video.talk().speakers());
            talk.put("description", video.description() == null ? "" : video.description());
            LocalDate recorded = video.recordedOn() != null ? video.recordedOn()
                    : video.publishedAt() == null ? null : LocalDate.ofInstant(video.publishedAt(), java.time.ZoneOffset.UTC);
            talk.put("recorded", recorded == null ? null : recorded.toString());
            talk.put("duration", video.durationSeconds());
            talk.put("thumbnail_url", "https://i.ytimg.com/vi/" + video.id() + "/hqdefault.jpg");
            talk.put("videos", List.of(Map.of("type", "youtube", "url", "https://www.youtube.com/watch?v=" + video.id())));
            talk.put("related_urls", List.of());
            if (video.talk().track() != null) {
                talk.put("tags", List.of(video.talk().track()));
            }
            Files.writeString(videos.resolve(slug(title, slugs) + ".json"), writer.writeValueAsString(talk) + "\n");
            written++;
        }
        return written;
    }

    /** pyvideo's file names: ASCII words of the title joined by hyphens, unique within the folder. */
    static String slug(String title, Set<String> taken) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String base = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.length() > 100) {
            String cut = base.substring(0, 101);
            base = cut.substring(0, Math.max(cut.lastIndexOf('-'), 1)); // whole words only
        }
        base = base.isEmpty() ? "talk" : base;
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

}
