package dev.talkwatch.ingest;

import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.catalog.YouTubeLinks;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the recap post's JavaScript snippet prints in the browser console, one
 * {@code "[title](https://www.youtube.com/watch?v=...&list=...&index=N)",views} line per video,
 * where views is the first word of YouTube's text ("3.6K", "921", "No"). Titles are printed
 * unescaped, so the link is found from the end of the line. Console noise (a "VM123:5" source
 * tag, the trailing "undefined") is tolerated.
 */
final class SnippetReader implements SourceReader {

    private static final Pattern LINE = Pattern.compile(
            "^.*?\"\\[(.*)\\]\\((https?://(?:www\\.|m\\.)?youtube\\.com/watch\\?[^)\\s]*)\\)\",\\s*(\\S*)(?:\\s+VM\\d+:\\d+)?\\s*$");
    private static final Pattern CONSOLE_NOISE = Pattern.compile("^(?:undefined|VM\\d+:\\d+)?$");

    static boolean looksLikeSnippetOutput(String prefix) {
        return prefix.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(5)
                .anyMatch(line -> LINE.matcher(line).matches());
    }

    @Override
    public SourceContent read(Source source, ImportProblems problems) throws IOException {
        List<VideoEntry> entries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String trimmed = line.strip();
                if (CONSOLE_NOISE.matcher(trimmed).matches()) {
                    continue;
                }
                Matcher m = LINE.matcher(trimmed);
                if (!m.matches()) {
                    problems.add("line " + lineNumber, "not a snippet line; it was skipped");
                    continue;
                }
                entry(m, lineNumber, entries.size() + 1, problems).ifPresent(entries::add);
            }
        }
        String playlistId = VideoEntry.mostCommonPlaylist(entries);
        if (playlistId == null) {
            throw new UnreadableSourceException(source.name(), entries.isEmpty()
                    ? "it holds no snippet lines"
                    : "its links name no playlist (no list= parameter); copy them from the playlist page");
        }
        return SourceContent.of(new PlaylistCapture(playlistId, null, null, null, null, entries, false,
                SourceFormat.SNIPPET, source.name()));
    }

    private static Optional<VideoEntry> entry(Matcher m, int lineNumber, int ordinal, ImportProblems problems) {
        String where = "line " + lineNumber;
        String url = m.group(2);
        String videoId = YouTubeLinks.videoIdOf(url).orElse(null);
        if (videoId == null) {
            problems.add(where, "the link has no video id; it was skipped");
            return Optional.empty();
        }
        String title = TextRepair.clean(unescapeCsvQuotes(m.group(1)));
        if (title == null) {
            problems.add(where, "video " + videoId + " has no title; it was skipped");
            return Optional.empty();
        }
        String viewsText = m.group(3);
        ViewCount views = ViewCount.parse(viewsText).orElse(null);
        if (views == null && !viewsText.isEmpty()) {
            problems.add(where, "view count '" + viewsText + "' is in no form talkwatch knows; it was left out");
        }
        int position = YouTubeLinks.indexOf(url).orElse(ordinal);
        String playlistId = YouTubeLinks.queryParameter(url, "list").filter(YouTubeLinks::isPlaylistId).orElse(null);
        return Optional.of(VideoEntry.listed(videoId, position, title, null, null, null, views, url, playlistId));
    }

    // A line that went through a spreadsheet comes back CSV-quoted: every quote in the title doubled.
    private static String unescapeCsvQuotes(String title) {
        return title.contains("\"\"") && !title.replace("\"\"", "").contains("\"") ? title.replace("\"\"", "\"") : title;
    }
}
