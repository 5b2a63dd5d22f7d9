package dev.talkwatch.cli;

import dev.talkwatch.catalog.Note;
import dev.talkwatch.curate.Curator;
import dev.talkwatch.publish.CurationJson;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch note VIDEO TEXT}: notes in Markdown, numbered per video. */
@Command(
        name = "note",
        mixinStandardHelpOptions = true,
        description = "Add a note to a video (Markdown; links welcome), list its notes, edit or remove one by number.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch note mCkqz8jo19M 'https://pylingual.io decompiles Python bytecode'",
            "  talkwatch note mCkqz8jo19M --list", "  talkwatch note mCkqz8jo19M --edit 1 'new text'",
            "  talkwatch note mCkqz8jo19M --remove 1"})
final class NoteCommand implements Callable<Integer> {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    VideoArgument video;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "TEXT", description = "The note's text.")
    List<String> text = List.of();

    static final class Action {
        @Option(names = "--list", description = "List the video's notes, numbered.")
        boolean list;

        @Option(names = "--remove", paramLabel = "N", description = "Remove note N.")
        Integer remove;

        @Option(names = "--edit", paramLabel = "N", description = "Replace note N with TEXT.")
        Integer edit;
    }

    @ArgGroup(exclusive = true)
    Action action;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "For --list: table, json or csv.")
    OutputFormat format;

    @Override
    public Integer call() {
        Curator curator = root.curator();
        String id = video.resolve(curator);
        String joined = String.join(" ", text);
        var out = root.environment().out();
        if (action == null) {
            Note note = curator.addNote(id, joined);
            out.println("added note " + note.number() + " to " + Formats.video(curator.state(id)));
        } else if (action.list) {
            List<Note> notes = curator.notes(id);
            if (format != OutputFormat.TABLE) {
                out.print(format.text(CurationJson.notes(notes)));
            } else {
                notes.forEach(note -> out.println(note.number() + ". " + note.text()));
            }
        } else if (action.remove != null) {
            curator.removeNote(id, action.remove);
            out.println("removed note " + action.remove + " of " + Formats.video(curator.state(id)));
        } else {
            if (joined.isBlank()) {
                throw new ParameterException(spec.commandLine(), "--edit " + action.edit + " needs the new TEXT");
            }
            curator.editNote(id, action.edit, joined);
            out.println("changed note " + action.edit + " of " + Formats.video(curator.state(id)));
        }
        return 0;
    }
}
