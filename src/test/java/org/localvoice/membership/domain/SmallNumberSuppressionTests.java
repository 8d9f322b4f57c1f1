package org.localvoice.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.localvoice.membership.domain.SmallNumberSuppression.Cell;
import org.localvoice.membership.domain.SmallNumberSuppression.Shown;
import org.localvoice.membership.domain.SmallNumberSuppression.Table;

class SmallNumberSuppressionTests {

    static final int T = 5;

    /** 500 tables of 2 to 8 categories, counts skewed towards small numbers, from fixed seeds. */
    static Stream<Map<String, Long>> generatedTables() {
        return IntStream.range(0, 500).mapToObj(seed -> {
            Random random = new Random(seed);
            Map<String, Long> counts = new LinkedHashMap<>();
            int categories = 2 + random.nextInt(7);
            for (int i = 0; i < categories; i++) {
                int kind = random.nextInt(4);
                counts.put("c" + i, (long) (kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : kind == 2 ? 5 + random.nextInt(10)
                        : random.nextInt(200)));
            }
            return counts;
        });
    }

    @ParameterizedTest
    @MethodSource("generatedTables")
    void noCountFromOneToFourIsEverShown(Map<String, Long> counts) {
        Table table = SmallNumberSuppression.apply(counts, T);
        assertThat(table.cells()).filteredOn(Cell::visible).allSatisfy(c -> assertThat(c.count()).satisfiesAnyOf(
                n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(T)));
        if (table.total() > 0 && table.total() < T) {
            assertThat(table.totalShown()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("generatedTables")
    void noHiddenCountCanBeWorkedOutFromTheTotalAndTheShownCounts(Map<String, Long> counts) {
        Table table = SmallNumberSuppression.apply(counts, T);
        if (!table.totalShown()) {
            return;
        }
        List<Cell> hidden = table.cells().stream().filter(c -> !c.visible()).toList();
        long hiddenSum = hidden.stream().mapToLong(Cell::count).sum();
        // Every assignment a reader would accept: "fewer than" cells 1..4, hidden cells 5..hiddenSum.
        for (int i = 0; i < hidden.size(); i++) {
            List<Long> possible = possibleValues(hidden, i, hiddenSum);
            assertThat(possible).as("values of hidden cell %s in %s", hidden.get(i).category(), counts).hasSizeGreaterThan(1);
        }
    }

    @ParameterizedTest
    @MethodSource("generatedTables")
    void nothingIsHiddenWithoutNeedAndTheCountsThemselvesAreKept(Map<String, Long> counts) {
        Table table = SmallNumberSuppression.apply(counts, T);
        assertThat(table.cells()).extracting(Cell::count).containsExactlyElementsOf(counts.values());
        boolean anySmall = counts.values().stream().anyMatch(n -> n > 0 && n < T);
        if (!anySmall) {
            assertThat(table.cells()).allMatch(Cell::visible);
            assertThat(table.totalShown()).isTrue();
        }
    }

    @Test
    void aSingleSmallCountGetsTheNextSmallestHiddenWithIt() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("ASIAN", 3L);
        counts.put("BLACK", 12L);
        counts.put("WHITE", 80L);
        Table table = SmallNumberSuppression.apply(counts, T);
        assertThat(table.cells()).extracting(Cell::shown).containsExactly(Shown.FEWER_THAN, Shown.HIDDEN, Shown.COUNT);
        assertThat(table.totalShown()).isTrue();
    }

    @Test
    void twoFoursAloneWouldGiveThemselvesAwaySoTheTotalIsHidden() {
        Table table = SmallNumberSuppression.apply(new LinkedHashMap<>(Map.of("A", 4L, "B", 4L)), T);
        assertThat(table.cells()).allMatch(c -> c.shown() == Shown.FEWER_THAN);
        assertThat(table.totalShown()).isFalse();
    }

    /** Brute force: the values cell i can take when every other hidden cell takes any value its label allows. */
    private static List<Long> possibleValues(List<Cell> hidden, int i, long sum) {
        List<Long> values = new ArrayList<>();
        for (long v = lower(hidden.get(i)); v <= Math.min(upper(hidden.get(i), sum), sum); v++) {
            if (othersCanMake(hidden, i, 0, sum - v)) {
                values.add(v);
            }
        }
        return values;
    }

    private static boolean othersCanMake(List<Cell> hidden, int skip, int from, long remaining) {
        if (from == hidden.size()) {
            return remaining == 0;
        }
        if (from == skip) {
            return othersCanMake(hidden, skip, from + 1, remaining);
        }
        Cell c = hidden.get(from);
        for (long v = lower(c); v <= Math.min(upper(c, remaining), remaining); v++) {
            if (othersCanMake(hidden, skip, from + 1, remaining - v)) {
                return true;
            }
        }
        return false;
    }

    private static long lower(Cell c) {
        return c.shown() == Shown.FEWER_THAN ? 1 : T;
    }

    private static long upper(Cell c, long sum) {
        return c.shown() == Shown.FEWER_THAN ? T - 1 : sum;
    }
}
