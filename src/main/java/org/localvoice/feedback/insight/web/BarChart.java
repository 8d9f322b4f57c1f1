package org.localvoice.feedback.insight.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server: each bar's label, value and geometry, scaled to the
 * largest value. The fragment {@code feedback/insight/chart :: figure} draws it and shows the same figures
 * in a table for screen readers and people who prefer it, with {@code columns} (message keys) as the
 * table's headings: the bars' label first, then one for each stacked part.
 */
public record BarChart(List<Bar> bars, int width, int height, List<String> columns) {

    static final int LABEL_WIDTH = 260;
    static final int BAR_AREA = 380;
    static final int ROW = 28;
    static final String BLUE = "#1d70b8";
    static final String GREEN = "#00703c";
    static final String GREY = "#505a5f";
    static final String RED = "#d4351c";

    /** One bar; {@code parts} stack left to right (e.g. positive, neutral, negative). */
    public record Bar(String label, long value, int y, List<Part> parts) {

        /** Where the bar's value is written: just after its end. */
        public int valueX() {
            return parts.isEmpty() ? LABEL_WIDTH : parts.get(parts.size() - 1).x() + parts.get(parts.size() - 1).width() + 6;
        }
    }

    /** A stacked segment of a bar: its x, width and colour. */
    public record Part(int x, int width, long value, String fill) {
    }

    /** A chart of single-valued bars. */
    static BarChart of(List<String> labels, List<Long> values, List<String> columns) {
        List<long[]> stacked = values.stream().map(v -> new long[] {v}).toList();
        return stacked(labels, stacked, List.of(BLUE), columns);
    }

    static BarChart stacked(List<String> labels, List<long[]> values, List<String> fills, List<String> columns) {
        if (columns.size() != fills.size() + 1) {
            throw new IllegalArgumentException("One column for the labels and one for each part");
        }
        long max = values.stream().mapToLong(v -> java.util.Arrays.stream(v).sum()).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long[] v = values.get(i);
            List<Part> parts = new ArrayList<>();
            int x = LABEL_WIDTH;
            long total = 0;
            for (int j = 0; j < v.length; j++) {
                int w = max == 0 ? 0 : (int) Math.round((double) v[j] * BAR_AREA / max);
                parts.add(new Part(x, w, v[j], fills.get(j)));
                x += w;
                total += v[j];
            }
            bars.add(new Bar(labels.get(i), total, i * ROW, parts));
        }
        return new BarChart(bars, LABEL_WIDTH + BAR_AREA + 60, Math.max(ROW, labels.size() * ROW), List.copyOf(columns));
    }
}
