package dev.talkwatch.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table that fits a terminal width: columns separated by two spaces, numbers right
 * aligned, and the flexible columns cut short with "…" when the rows are too wide.
 */
final class Table {

    record Column(String header, boolean numeric, boolean flexible) {
        static Column text(String header) {
            return new Column(header, false, false);
        }

        static Column number(String header) {
            return new Column(header, true, false);
        }

        static Column flexible(String header) {
            return new Column(header, false, true);
        }
    }

    private static final String GAP = "  ";
    private static final int MIN_FLEXIBLE = 6;

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    void add(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.size());
        }
        rows.add(cells.stream().map(cell -> cell == null ? "" : cell).toList());
    }

    String render(int width) {
        int[] widths = new int[columns.size()];
        // each cell's display width, worked out once: a 5,000-row trend measured every cell three times
        int[][] cellWidths = new int[rows.size()][];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = displayWidth(columns.get(c).header());
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int[] measured = new int[row.size()];
            for (int c = 0; c < row.size(); c++) {
                measured[c] = displayWidth(row.get(c));
                widths[c] = Math.max(widths[c], measured[c]);
            }
            cellWidths[r] = measured;
        }
        shrinkToFit(widths, width);
        StringBuilder out = new StringBuilder(rows.size() * (width + 2));
        List<String> headers = columns.stream().map(Column::header).toList();
        appendRow(out, headers, headers.stream().mapToInt(Table::displayWidth).toArray(), widths);
        for (int r = 0; r < rows.size(); r++) {
            appendRow(out, rows.get(r), cellWidths[r], widths);
        }
        return out.toString();
    }

    // Takes the excess from the widest flexible column, one column at a time, down to a floor.
    private void shrinkToFit(int[] widths, int width) {
        int total = GAP.length() * (widths.length - 1);
        for (int w : widths) {
            total += w;
        }
        while (total > width) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (columns.get(c).flexible() && widths[c] > MIN_FLEXIBLE && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
            total--;
        }
    }

    private void appendRow(StringBuilder out, List<String> cells, int[] cellWidths, int[] widths) {
        int start = out.length();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            int cellWidth = cellWidths[c];
            if (cellWidth > widths[c]) {
                cell = cut(cell, widths[c]);
                cellWidth = displayWidth(cell);
            }
            boolean last = c == cells.size() - 1;
            if (columns.get(c).numeric()) {
                out.repeat(' ', widths[c] - cellWidth).append(cell);
            } else {
                out.append(cell);
                if (!last) {
                    out.repeat(' ', widths[c] - cellWidth);
                }
            }
            if (!last) {
                out.append(GAP);
            }
        }
        int end = out.length();
        while (end > start && Character.isWhitespace(out.charAt(end - 1))) { // as String.stripTrailing
            end--;
        }
        out.setLength(end);
        out.append(System.lineSeparator());
    }

    static String cut(String text, int width) {
        if (displayWidth(text) <= width) {
            return text;
        }
        // most titles are narrow characters alone, where the cut is a substring: a 5,000-row trend cuts each title
        int keep = width - 1;
        int narrow = 0;
        while (narrow <= keep && narrow < text.length() && text.charAt(narrow) < 0x300) {
            narrow++;
        }
        if (keep >= 0 && narrow > keep) { // the kept characters and the one after them are narrow: no mark joins the last
            return text.substring(0, keep) + '…';
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int w = charWidth(codePoint);
            if (used + w > width - 1) {
                break;
            }
            out.appendCodePoint(codePoint);
            used += w;
            i += Character.charCount(codePoint);
        }
        return out.append('…').toString();
    }

    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            width += codePoint < 0x300 ? 1 : charWidth(codePoint); // below the combining marks: one column
        }
        return width;
    }

    // Wide (CJK, emoji) characters take two columns, combining marks none.
    private static int charWidth(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || codePoint == 0x200D
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F) {
            return 0;
        }
        boolean wide = codePoint >= 0x1100 && codePoint <= 0x115F
                || codePoint >= 0x2E80 && codePoint <= 0xA4CF
                || codePoint >= 0xAC00 && codePoint <= 0xD7A3
                || codePoint >= 0xF900 && codePoint <= 0xFAFF
                || codePoint >= 0xFF00 && codePoint <= 0xFF60
                || codePoint >= 0x1F300 && codePoint <= 0x1FAFF
                || codePoint >= 0x20000 && codePoint <= 0x3FFFD;
        return wide ? 2 : 1;
    }
}
