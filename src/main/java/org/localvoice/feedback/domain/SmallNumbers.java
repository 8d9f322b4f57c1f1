package org.localvoice.feedback.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-number suppression for one question's counts, which add up to a shown total. A count from 1 to
 * {@value #THRESHOLD} - 1 is shown only as "fewer than {@value #THRESHOLD}". So that no such count can be
 * worked out by taking the shown ones from the total, the smallest shown counts are then hidden too
 * (complementary suppression) until every hidden count could have more than one value; if even that is
 * not enough the total is hidden as well. Under {@value #THRESHOLD} responses in all, every count is
 * hidden. Zero counts are shown: they say nothing about anyone. (The same rule as the membership
 * module's equality report, kept here so the modules stay independent.)
 */
public final class SmallNumbers {

    public static final int THRESHOLD = 5;

    /** How a count is shown. */
    public enum Shown {
        COUNT, FEWER_THAN, HIDDEN
    }

    public record Cell(String answer, long count, Shown shown) {
    }

    /** The table as it may be shown; {@code totalShown} false means the total is hidden too. */
    public record Table(List<Cell> cells, long total, boolean totalShown) {
    }

    private SmallNumbers() {
    }

    public static Table suppress(Map<String, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Shown> shown = new LinkedHashMap<>();
        counts.forEach((answer, count) -> shown.put(answer, total < THRESHOLD && count > 0 ? Shown.HIDDEN
                : count > 0 && count < THRESHOLD ? Shown.FEWER_THAN : Shown.COUNT));
        boolean totalShown = total == 0 || total >= THRESHOLD;
        if (totalShown) {
            List<String> candidates = new ArrayList<>(counts.keySet().stream()
                    .filter(a -> shown.get(a) == Shown.COUNT && counts.get(a) > 0)
                    .sorted(Comparator.comparingLong(counts::get)).toList());
            while (derivable(counts, shown) && !candidates.isEmpty()) {
                shown.put(candidates.remove(0), Shown.HIDDEN);
            }
            totalShown = !derivable(counts, shown);
        }
        List<Cell> cells = new ArrayList<>();
        counts.forEach((answer, count) -> cells.add(new Cell(answer, count, shown.get(answer))));
        return new Table(List.copyOf(cells), total, totalShown);
    }

    /**
     * Whether someone who knows the total, the shown counts and which hidden counts are "fewer than"
     * (1 to threshold - 1) and which are merely hidden (at least the threshold) could work out any of them.
     */
    static boolean derivable(Map<String, Long> counts, Map<String, Shown> shown) {
        long hiddenSum = 0;
        int fewer = 0;
        int hidden = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Shown s = shown.get(e.getKey());
            if (s != Shown.COUNT) {
                hiddenSum += e.getValue();
                if (s == Shown.FEWER_THAN) {
                    fewer++;
                } else {
                    hidden++;
                }
            }
        }
        if (fewer + hidden == 0) {
            return false;
        }
        long t = THRESHOLD;
        if (fewer > 0) {
            long max = Math.min(t - 1, hiddenSum - (fewer - 1) - hidden * t);
            long min = hidden > 0 ? 1 : Math.max(1, hiddenSum - (fewer - 1) * (t - 1));
            if (min >= max) {
                return true;
            }
        }
        if (hidden > 0) {
            long max = hiddenSum - fewer - (hidden - 1) * t;
            long min = hidden > 1 ? t : Math.max(t, hiddenSum - fewer * (t - 1));
            return min >= max;
        }
        return false;
    }
}
