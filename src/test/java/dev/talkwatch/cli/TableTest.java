package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void countsTheColumnsATerminalGivesEachCharacter() {
        assertThat(Table.displayWidth("Ada Lovelace")).isEqualTo(12);
        assertThat(Table.displayWidth("Buczyński")).isEqualTo(9);
        assertThat(Table.displayWidth("Cafe\u0301")).as("a combining accent takes none").isEqualTo(4);
        assertThat(Table.displayWidth("漢字")).as("CJK takes two each").isEqualTo(4);
        assertThat(Table.displayWidth("🎤 talk")).as("an emoji takes two").isEqualTo(7);
        assertThat(Table.displayWidth("한국어")).isEqualTo(6);
        assertThat(Table.displayWidth("")).isZero();
    }

    @Test
    void alignsColumnsByDisplayWidthNotByLength() {
        Table table = new Table(List.of(Table.Column.text("TITLE"), Table.Column.number("VIEWS")));
        table.add(List.of("漢字", "1"));
        table.add(List.of("Cafe\u0301", "22"));

        List<String> lines = table.render(80).lines().toList();

        assertThat(lines).containsExactly("TITLE  VIEWS", "漢字       1", "Cafe\u0301      22");
    }

    @Test
    void cutsTheFlexibleColumnToTheWidthAndEndsNoLineInSpaces() {
        Table table = new Table(List.of(Table.Column.number("#"), Table.Column.flexible("TITLE"),
                Table.Column.text("NOTE")));
        table.add(List.of("1", "A rather long title of a talk", ""));
        table.add(List.of("2", "漢字漢字漢字漢字漢字", "x"));
        table.add(java.util.Arrays.asList("10", "short", null));

        List<String> lines = table.render(20).lines().toList();

        assertThat(lines).containsExactly(
                " #  TITLE       NOTE",
                " 1  A rather …",
                " 2  漢字漢字…   x",
                "10  short");
        assertThat(lines).allSatisfy(line -> assertThat(Table.displayWidth(line)).isLessThanOrEqualTo(20));
    }
}
