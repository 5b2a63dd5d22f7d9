package dev.talkwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesCellsThatNeedIt() {
        assertThat(Csv.row(List.of("plain", "a,b", "say \"hi\"", "two\nlines"))).isEqualTo(
                "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    }

    @Test
    void neutralisesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.row(List.of("=HYPERLINK(\"x\")", "+1", "-Toby Ho", "@SUM(A1)", "ok")))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'+1,'-Toby Ho,'@SUM(A1),ok\r\n");
    }

    @Test
    void writesMissingValuesAsEmptyCells() {
        assertThat(Csv.row(Arrays.asList("a", null, "c"))).isEqualTo("a,,c\r\n");
    }
}
