package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.talkwatch.catalog.YouTubeLinks;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a pyvideo.org event folder ({@code category.json} and {@code videos/*.json}, the schema of
 * github.com/pyvideo/data): per talk, its YouTube id, full title, speakers' full names, recording
 * date, description and duration. These enrich the catalog's videos, joined by YouTube id; a file
 * that cannot be read is reported and the others are still used.
 */
final class PyvideoReader implements SourceReader {

    @Override
    public SourceContent read(Source source, ImportProblems problems) throws IOException {
        Path folder = source.folder();
        if (folder == null || !Files.isDirectory(folder.resolve("videos"))) {
            throw new UnreadableSourceException(source.name(),
                    "a pyvideo event folder holds category.json and a videos/ folder of talk files");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> videos = Files.newDirectoryStream(folder.resolve("videos"), "*.json")) {
            videos.forEach(files::add);
        }
        files.sort(null);
        List<VideoFacts> facts = new ArrayList<>();
        for (Path file : files) {
            String name = folder.relativize(file).toString();
            talk(file, name, problems).ifPresent(facts::add);
        }
        if (facts.isEmpty()) {
            throw new UnreadableSourceException(source.name(), "its videos/ folder holds no talk with a YouTube video");
        }
        return new SourceContent(List.of(), facts);
    }

    private static Optional<VideoFacts> talk(Path file, String name, ImportProblems problems) {
        JsonNode talk;
        try {
            talk = JsonSources.MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            problems.add(name, "not readable JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + "); skipped");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(name, "cannot be read (" + e.getMessage() + "); skipped");
            return Optional.empty();
        }
        Optional<String> videoId = youtubeId(talk);
        if (videoId.isEmpty()) {
            problems.add(name, "names no YouTube video; skipped");
            return Optional.empty();
        }
        List<String> speakers = new ArrayList<>();
        talk.path("speakers").forEach(speaker -> {
            String cleaned = TextRepair.clean(speaker.asText(""));
            if (cleaned != null) {
                speakers.add(cleaned);
            }
        });
        Integer duration = Durations.positive(Nodes.integer(talk, "/duration"));
        return Optional.of(new VideoFacts(videoId.get(), null, null, null, duration, null, null, null,
                TextRepair.clean(Nodes.string(talk, "/title")), speakers, date(Nodes.string(talk, "/recorded")),
                blankToNull(Nodes.string(talk, "/description")), "pyvideo " + name));
    }

    private static Optional<String> youtubeId(JsonNode talk) {
        for (JsonNode video : talk.path("videos")) {
            String url = Nodes.string(video, "/url");
            if (url != null && url.contains("youtu")) {
                Optional<String> id = YouTubeLinks.videoIdOf(url);
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        // the thumbnail repeats the id: https://i.ytimg.com/vi/<id>/hqdefault.jpg
        String thumbnail = Nodes.string(talk, "/thumbnail_url");
        if (thumbnail != null && thumbnail.contains("ytimg.com/vi/")) {
            String id = thumbnail.replaceAll(".*/vi/([^/]+)/.*", "$1");
            return YouTubeLinks.isVideoId(id) ? Optional.of(id) : Optional.empty();
        }
        return Optional.empty();
    }

    // "2024-05-17" or "2024-05-17T10:30:00+02:00": the day is what matters
    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
