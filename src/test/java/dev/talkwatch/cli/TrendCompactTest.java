package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trend's table writes billions short, so the titles keep their room; JSON keeps every figure. */
class TrendCompactTest {

    @TempDir
    Path home;

    private Path capture(String name, long views) throws Exception {
        return Files.writeString(home.resolve(name), "{\"_type\": \"playlist\", \"id\": \"PLtalkwatchCompact00000000000001\","
                + " \"title\": \"Viral Conference\", \"entries\": [{\"_type\": \"url\", \"id\": \"vid00000001\","
                + " \"title\": \"Talks - Ann Example: A talk everybody watched, twice over\", \"view_count\": " + views + "}]}");
    }

    @Test
    void billionsOfViewsGainedLeaveTheTitleItsRoom() throws Exception {
        CliRunner cli = new CliRunner(home).columns(100);
        cli.run("import", "--captured-at", "2026-11-01", capture("first.json", 100).toString());
        cli.run("import", "--captured-at", "2026-11-20", capture("second.json", 1_887_357_780L).toString());

        String table = cli.run("trend").out();
        String row = table.lines().filter(line -> line.startsWith(" 1 ") || line.startsWith("1 ")).findFirst().orElseThrow();
        // written in full, the gain (+1,887,357,680) and the gain a day (+99,334,614.7) left the title 5 characters
        assertThat(row).contains(" +1.9B ").contains(" +99M ").doesNotContain("1,887,357,680").contains("Talks - Ann Exam")
                .hasSizeLessThanOrEqualTo(100);

        String json = cli.run("trend", "--format", "json").out();
        // plain numbers, as a double's toString would not write them past ten million (1.88735768E9)
        assertThat(json).contains("\"low\" : 1887357680.0").contains("\"gainedPerDay\" : {")
                .contains("\"estimate\" : 99334614.74").doesNotContainPattern("\\d[Ee][+-]?\\d").contains("\"exact\" : true");
    }
}
