package dev.talkwatch.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Charts drawn as SVG by the server, so they need no script and no network: horizontal bar charts
 * (views per talk with the cutoff line, views by track, trending) and a line chart (a talk's views
 * over time). The geometry is computed here; the templates only place it, escaping every text.
 */
public final class Charts {

    static final int WIDTH = 760;
    private static final int LABEL_WIDTH = 300;
    private static final int VALUE_WIDTH = 90;
    private static final int ROW = 22;
    private static final int TOP = 8;
    private static final int LABEL_CHARS = 40; // about 270 px at 12 px, inside the labels' 300

    private Charts() {
    }

    /** A value to draw as a bar: its label (cut short if long; the whole in {@code fullLabel}), its link. */
    record Entry(String fullLabel, double value, String valueText, String href, boolean highlight) {
    }

    /** A horizontal bar chart; {@code cutoff} (null: none) draws a vertical line at that value. */
    public record BarChart(String title, int width, int height, List<Bar> bars, Marker cutoff) {

        public boolean isEmpty() {
            return bars.isEmpty();
        }
    }

    /** One bar and its texts, placed. */
    public record Bar(String label, String fullLabel, String valueText, String href, int x, int y, int width, int height,
            int textY, int valueX, boolean highlight) {
    }

    /** A vertical line across the bars, with its label. */
    public record Marker(int x, int y1, int y2, String label) {
    }

    /** A line chart: the polyline's points, a dot per point with its text, and the axis texts. */
    public record LineChart(String title, int width, int height, String points, List<Dot> dots, String top, String bottom,
            String first, String last, int plotLeft, int plotRight, int plotTop, int plotBottom) {

        public boolean isEmpty() {
            return dots.isEmpty();
        }
    }

    /** One point of a line chart and what it says ("3,674 views on 2026-11-01"). */
    public record Dot(int x, int y, String text) {
    }

    static BarChart bars(String title, List<Entry> entries, Double cutoff, String cutoffLabel) {
        double max = entries.stream().mapToDouble(Entry::value).max().orElse(0);
        if (cutoff != null) {
            max = Math.max(max, cutoff);
        }
        int plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int y = TOP + i * ROW;
            int length = max <= 0 ? 0 : (int) Math.round(entry.value() / max * plot);
            bars.add(new Bar(shorten(entry.fullLabel()), entry.fullLabel(), entry.valueText(), entry.href(), LABEL_WIDTH, y + 3,
                    Math.max(length, entry.value() > 0 ? 1 : 0), ROW - 6, y + ROW / 2 + 4, LABEL_WIDTH + length + 6,
                    entry.highlight()));
        }
        int height = TOP * 2 + entries.size() * ROW;
        Marker marker = cutoff == null || max <= 0 || entries.isEmpty() ? null
                : new Marker(LABEL_WIDTH + (int) Math.round(cutoff / max * plot), TOP - 4, height - TOP + 4, cutoffLabel);
        return new BarChart(title, WIDTH, height + (marker == null ? 0 : 14), bars, marker);
    }

    /** Points in time order: x and y are the values to plot; the texts describe each point. */
    record Point(double x, double y, String text) {
    }

    static LineChart line(String title, List<Point> points, String firstLabel, String lastLabel) {
        int height = 220;
        int left = 70;
        int right = WIDTH - 20;
        int top = 16;
        int bottom = height - 30;
        if (points.isEmpty()) {
            return new LineChart(title, WIDTH, height, "", List.of(), "", "", "", "", left, right, top, bottom);
        }
        double minX = points.getFirst().x();
        double maxX = points.getLast().x();
        double minY = Math.min(0, points.stream().mapToDouble(Point::y).min().orElse(0));
        double maxY = points.stream().mapToDouble(Point::y).max().orElse(1);
        if (maxY <= minY) {
            maxY = minY + 1;
        }
        StringBuilder polyline = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (Point point : points) {
            int x = maxX <= minX ? (left + right) / 2 : (int) Math.round(left + (point.x() - minX) / (maxX - minX) * (right - left));
            int y = (int) Math.round(bottom - (point.y() - minY) / (maxY - minY) * (bottom - top));
            polyline.append(polyline.isEmpty() ? "" : " ").append(x).append(',').append(y);
            dots.add(new Dot(x, y, point.text()));
        }
        return new LineChart(title, WIDTH, height, polyline.toString(), dots, number(maxY), number(minY), firstLabel,
                lastLabel, left, right, top, bottom);
    }

    static String number(double value) {
        return dev.talkwatch.catalog.ViewCount.grouped(Math.round(value));
    }

    private static String shorten(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1).strip() + "…";
    }
}
