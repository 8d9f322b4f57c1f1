package org.localvoice.membership.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-number suppression for a table of counts that adds up to a shown total. A count from 1 to
 * {@code threshold - 1} is shown only as "fewer than threshold" (primary suppression). Then, so that no
 * hidden count can be worked out by subtracting the shown ones from the total, the smallest shown
 * non-zero counts are hidden too (complementary suppression) until every hidden count could have more
 * than one value; if even hiding every count is not enough, the total is hidden as well. A table whose
 * total is below the threshold is hidden whole. Zero counts are shown: they say nothing about a person.
 */
public final class SmallNumberSuppression {

    /** How a count is shown. */
    public enum Shown {
        COUNT, FEWER_THAN, HIDDEN
    }

    public record Cell(String category, long count, Shown shown) {

        public boolean visible() {
            return shown == Shown.COUNT;
        }
    }

    /** The table as it may be shown: {@code totalShown} false means the total is hidden too. */
    public record Table(List<Cell> cells, long total, boolean totalShown, int threshold) {
    }

    private SmallNumberSuppression() {
    }

    public static Table apply(Map<String, Long> counts, int threshold) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Shown> shown = new LinkedHashMap<>();
        counts.forEach((category, count) -> shown.put(category,
                total < threshold && count > 0 ? Shown.HIDDEN : count > 0 && count < threshold ? Shown.FEWER_THAN : Shown.COUNT));
        boolean totalShown = total == 0 || total >= threshold;
        if (totalShown) {
            List<String> candidates = new ArrayList<>(counts.keySet().stream()
                    .filter(c -> shown.get(c) == Shown.COUNT && counts.get(c) > 0)
                    .sorted(Comparator.comparingLong(counts::get)).toList());
            while (anyDerivable(counts, shown, threshold) && !candidates.isEmpty()) {
                shown.put(candidates.remove(0), Shown.HIDDEN);
            }
            totalShown = !anyDerivable(counts, shown, threshold);
        }
        List<Cell> cells = new ArrayList<>();
        counts.forEach((category, count) -> cells.add(new Cell(category, count, shown.get(category))));
        return new Table(List.copyOf(cells), total, totalShown, threshold);
    }

    /**
     * Whether a reader who knows the total, the shown counts and which hidden counts are "fewer than"
     * (1 to threshold - 1) and which are merely hidden (at least threshold) could work out any hidden count.
     */
    static boolean anyDerivable(Map<String, Long> counts, Map<String, Shown> shown, int threshold) {
        long hiddenSum = 0;
        int primaries = 0;
        int secondaries = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Shown s = shown.get(e.getKey());
            if (s != Shown.COUNT) {
                hiddenSum += e.getValue();
                if (s == Shown.FEWER_THAN) {
                    primaries++;
                } else {
                    secondaries++;
                }
            }
        }
        if (primaries + secondaries == 0) {
            return false;
        }
        long t = threshold;
        if (primaries > 0) {
            long max = Math.min(t - 1, hiddenSum - (primaries - 1) - secondaries * t);
            long min = secondaries > 0 ? 1 : Math.max(1, hiddenSum - (primaries - 1) * (t - 1));
            if (min >= max) {
                return true;
            }
        }
        if (secondaries > 0) {
            long max = hiddenSum - primaries - (secondaries - 1) * t;
            long min = secondaries > 1 ? t : Math.max(t, hiddenSum - primaries * (t - 1));
            return min >= max;
        }
        return false;
    }
}
