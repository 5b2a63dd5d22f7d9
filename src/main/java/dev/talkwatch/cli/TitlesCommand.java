package dev.talkwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkwatch.catalog.ParsedTitle;
import dev.talkwatch.catalog.TitleParser;
import dev.talkwatch.catalog.TitlePattern;
import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.ingest.TextRepair;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch titles [--pattern P] [FILE|-]}: how talkwatch reads a list of titles. */
@Command(
        name = "titles",
        mixinStandardHelpOptions = true,
        description = {
            "Read video titles, one per line, and print how talkwatch splits each: one JSON object per line with"
                    + " raw, track, speakers, title, truncated and pattern.",
            "The convention is detected over all the titles, as for a playlist, unless --pattern names one."
                    + " Placeholders: {track}, {speakers}, {title}, {event}."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch titles titles.txt",
            "  echo 'Carol Willing | Keynote' | talkwatch titles --pattern '{speakers} | {track}'"})
final class TitlesCommand implements Callable<Integer> {

    // made when JSON is printed: building a mapper takes longer than listing the commands for --help
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A file of titles, one per line; - or nothing for standard input.")
    String file;

    @Option(names = "--pattern", paramLabel = "PATTERN", description = "Read every title with this pattern, e.g. '{track} - {speakers}: {title}'.")
    String pattern;

    @Override
    public Integer call() throws IOException {
        List<String> lines = read();
        List<String> titles = lines.stream().map(TextRepair::clean).toList();
        TitleParser parser = pattern == null ? TitleParser.detect(titles.stream().filter(t -> t != null).toList())
                : TitleParser.withPattern(parsePattern(), titles.stream().filter(t -> t != null).toList());
        for (int i = 0; i < lines.size(); i++) {
            if (titles.get(i) == null) {
                continue;
            }
            ParsedTitle parsed = parser.parseWithPattern(titles.get(i));
            ObjectNode object = Json.MAPPER.createObjectNode();
            object.put("raw", lines.get(i));
            object.put("track", parsed.talk().track());
            ArrayNode speakers = object.putArray("speakers");
            parsed.talk().speakers().forEach(speakers::add);
            object.put("title", parsed.talk().title());
            object.put("truncated", parsed.talk().truncated());
            object.put("pattern", parsed.pattern().text());
            root.environment().out().println(Json.MAPPER.writeValueAsString(object));
        }
        return 0;
    }

    private TitlePattern parsePattern() {
        try {
            return TitlePattern.parse(pattern);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private List<String> read() throws IOException {
        try (InputStream in = file == null || file.equals("-") ? root.environment().in() : Files.newInputStream(Path.of(file));
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> read = new ArrayList<>();
            lines.lines().forEach(read::add);
            return read;
        } catch (NoSuchFileException e) {
            throw new TalkwatchException("cannot read '" + file + "': no such file");
        }
    }
}
