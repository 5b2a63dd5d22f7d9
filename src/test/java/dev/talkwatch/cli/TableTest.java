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

    @Test
    void cutsEveryTextAsTheCharacterByCharacterRuleDoes() {
        String[] pieces = {"a", "Z", " ", "é", "ń", "\u0301", "漢", "🎤", "\u200D", "\uFE0F", "한", "-"};
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            boolean narrowOnly = random.nextBoolean();
            for (int j = 0; j < length; j++) {
                text.append(pieces[random.nextInt(narrowOnly ? 5 : pieces.length)]);
            }
            int width = 1 + random.nextInt(25);
            assertThat(Table.cut(text.toString(), width)).as("'%s' to %d", text, width)
                    .isEqualTo(cutByCodePoints(text.toString(), width));
        }
    }

    // the rule: the text when it fits, else the code points whose widths fit before the "…"
    private static String cutByCodePoints(String text, int width) {
        if (Table.displayWidth(text) <= width) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int codePoint : text.codePoints().toArray()) {
            int w = Table.displayWidth(Character.toString(codePoint));
            if (used + w > width - 1) {
                break;
            }
            out.appendCodePoint(codePoint);
            used += w;
        }
        return out.append('…').toString();
    }
}
