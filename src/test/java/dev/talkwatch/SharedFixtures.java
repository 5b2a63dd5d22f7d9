package dev.talkwatch;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real recordings in ../shared/fixtures, which are not part of this project (CI has them).
 * Tests that need them are skipped, saying why, where they are absent.
 */
public final class SharedFixtures {

    private static final Path ROOT = Path.of(System.getProperty("talkwatch.shared.fixtures",
            Path.of("..", "shared", "fixtures").toString()));

    private SharedFixtures() {
    }

    /** {@code ../shared/fixtures/<folder>}, or the calling test is skipped with a message. */
    public static Path require(String folder, Class<?> test) {
        Path path = ROOT.resolve(folder);
        String reason = "skipped: the shared recordings are not at " + path.toAbsolutePath()
                + " (set -Dtalkwatch.shared.fixtures=DIR to point at them)";
        if (!Files.isDirectory(path)) {
            System.err.println(test.getSimpleName() + " " + reason);
        }
        assumeTrue(Files.isDirectory(path), reason);
        return path;
    }
}
