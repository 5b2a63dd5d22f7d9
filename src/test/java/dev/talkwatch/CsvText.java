package dev.talkwatch;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading back the CSV talkwatch writes, for tests: RFC 4180, and a bare line feed also ends a
 * row (what a browser's script is handed may have lost the carriage returns).
 */
public final class CsvText {

    private CsvText() {
    }

    /** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
    public static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += c == '\r' ? 1 : 0;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
