package dev.talkwatch.cli;

import dev.talkwatch.catalog.TalkwatchException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a command's result to standard output or, whole or not at all, to a file. */
final class Output {

    private Output() {
    }

    static void write(String text, Path file, CliEnvironment environment) {
        if (file == null) {
            environment.out().print(text);
            return;
        }
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            environment.err().println("wrote " + file);
        } catch (IOException e) {
            throw new TalkwatchException("cannot write '" + file + "': " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the move succeeded or the write failed; either way nothing more to clean
                }
            }
        }
    }
}
