package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script, run from a copy of the project that holds only it and the built jar (so it
 * builds nothing): its startup cache is made once for a JDK, whichever way that JDK was found.
 */
@Tag("slow")
class LauncherTest {

    private static final String PREPARING = "preparing the startup cache";

    @TempDir
    Path project;

    @Test
    void theSameJdkFoundAnotherWayKeepsItsStartupCache() throws Exception {
        Path jar = Path.of("target", "talkwatch.jar");
        assumeTrue(Files.isRegularFile(jar), "the jar is built in the package phase, before this test");
        assumeTrue(Runtime.version().feature() >= 25, "the startup cache needs JDK 25; this test runs on "
                + Runtime.version().feature());
        Files.createDirectories(project.resolve("target"));
        Files.copy(jar, project.resolve("target/talkwatch.jar"));
        Path launcher = Files.copy(Path.of("talkwatch"), project.resolve("talkwatch"));
        launcher.toFile().setExecutable(true);
        String javaHome = Path.of(System.getProperty("java.home")).toRealPath().toString();

        Run first = run(launcher, javaHome);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains(PREPARING + " for 'start'");
        assertThat(project.resolve("target/talkwatch-start.aot")).isRegularFile();

        // the same JDK under another JAVA_HOME (here: none, with it first on the PATH) is found again
        Run unset = run(launcher, null);
        assertThat(unset.exit()).as(unset.err()).isZero();
        String found = Files.readAllLines(project.resolve("target/jdk")).getFirst();
        if (Path.of(found).toRealPath().toString().equals(javaHome)) {
            assertThat(unset.err()).doesNotContain(PREPARING);
        } else {
            assertThat(unset.err()).as("another JDK, " + found + ", gets a cache of its own").contains(PREPARING);
        }

        Run again = run(launcher, javaHome);
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(first.out());
        if (Path.of(found).toRealPath().toString().equals(javaHome)) {
            assertThat(again.err()).doesNotContain(PREPARING);
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(Path launcher, String javaHome) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(launcher.toString(), "--version"));
        Map<String, String> environment = builder.environment();
        environment.remove("JAVA_HOME");
        if (javaHome != null) {
            environment.put("JAVA_HOME", javaHome);
        } else {
            environment.put("PATH", javaHome() + "/bin:" + environment.getOrDefault("PATH", "/usr/bin:/bin"));
        }
        environment.put("TMPDIR", project.toString());
        Path out = project.resolve("out.txt");
        Path err = project.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = process.waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String javaHome() {
        return System.getProperty("java.home");
    }
}
