package org.localvoice.powers.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.localvoice.powers.ClockState;

/** The state of a clock on any day, over generated due dates, answer dates and warning periods. */
class ClockRulesTests {

    static Stream<Arguments> generated() {
        Random random = new Random(20081210L);
        return Stream.generate(() -> {
            LocalDate due = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(6000));
            LocalDate today = due.plusDays(random.nextInt(61) - 30);
            int warning = random.nextInt(11);
            return Arguments.of(due, today, warning);
        }).limit(400);
    }

    @ParameterizedTest(name = "due {0}, today {1}, warning {2} days")
    @MethodSource("generated")
    void aRunningClockIsOverdueOnlyAfterItsDueDateAndDueSoonWithinTheWarningPeriod(LocalDate due, LocalDate today,
            int warning) {
        ClockState state = ClockRules.state(due, null, null, false, today, warning);
        if (today.isAfter(due)) {
            assertThat(state).isEqualTo(ClockState.OVERDUE);
        } else if (!today.isBefore(due.minusDays(warning))) {
            assertThat(state).isEqualTo(ClockState.DUE_SOON);
        } else {
            assertThat(state).isEqualTo(ClockState.AWAITING_REPLY);
        }
        assertThat(state.running()).isTrue();
    }

    @ParameterizedTest(name = "due {0}, answered {1}")
    @MethodSource("generated")
    void anAnswerOnOrBeforeTheDueDateIsOnTimeWhateverTheDayItIsLookedAt(LocalDate due, LocalDate answered, int warning) {
        ClockState state = ClockRules.state(due, answered, ClockOutcome.ANSWERED, false, answered.plusDays(warning * 7L),
                warning);
        assertThat(state).isEqualTo(answered.isAfter(due) ? ClockState.ANSWERED_LATE : ClockState.ANSWERED_ON_TIME);
        assertThat(state.running()).isFalse();
    }

    @ParameterizedTest(name = "due {0}, today {1}")
    @MethodSource("generated")
    void aReopenedClockSaysSoUntilItIsDueSoonAndAClosedOneIsClosed(LocalDate due, LocalDate today, int warning) {
        ClockState reopened = ClockRules.state(due, null, null, true, today, warning);
        if (today.isBefore(due.minusDays(warning))) {
            assertThat(reopened).isEqualTo(ClockState.REOPENED);
        } else {
            assertThat(reopened).isIn(ClockState.DUE_SOON, ClockState.OVERDUE);
        }
        assertThat(ClockRules.state(due, today, ClockOutcome.CLOSED, false, today, warning)).isEqualTo(ClockState.CLOSED);
    }

    @ParameterizedTest(name = "due {0}, today {1}, {2} days before")
    @MethodSource("generated")
    void onlyTheLatestReminderStageIsOwed(LocalDate due, LocalDate today, int daysBefore) {
        var owed = Reminders.due(due, today, daysBefore);
        if (today.isAfter(due)) {
            assertThat(owed).contains(Reminder.Kind.OVERDUE);
        } else if (today.isEqual(due)) {
            assertThat(owed).contains(Reminder.Kind.DUE);
        } else if (today.isBefore(due.minusDays(daysBefore))) {
            assertThat(owed).isEmpty();
        } else {
            assertThat(owed).contains(Reminder.Kind.BEFORE);
        }
    }
}
