package org.localvoice.powers.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.localvoice.powers.ClockState;

/**
 * The state of a clock on a given day. Pure arithmetic on its dates, so every page, register, reminder
 * and API answer agrees: a running clock is overdue the day after its due date and due soon from
 * {@code dueSoonDays} calendar days before it; a stopped clock was answered on time when it stopped on
 * or before its due date.
 */
public final class ClockRules {

    private ClockRules() {
    }

    public static ClockState state(LocalDate dueOn, LocalDate stoppedOn, ClockOutcome outcome, boolean reopened,
            LocalDate today, int dueSoonDays) {
        if (stoppedOn != null) {
            if (outcome == ClockOutcome.CLOSED) {
                return ClockState.CLOSED;
            }
            return stoppedOn.isAfter(dueOn) ? ClockState.ANSWERED_LATE : ClockState.ANSWERED_ON_TIME;
        }
        if (today.isAfter(dueOn)) {
            return ClockState.OVERDUE;
        }
        if (ChronoUnit.DAYS.between(today, dueOn) <= dueSoonDays) {
            return ClockState.DUE_SOON;
        }
        return reopened ? ClockState.REOPENED : ClockState.AWAITING_REPLY;
    }

    /** The first day a running clock counts as due soon. */
    public static LocalDate dueSoonFrom(LocalDate dueOn, int dueSoonDays) {
        return dueOn.minusDays(dueSoonDays);
    }

    /** Calendar days from start to answer, for league tables (0 when answered on the day it started). */
    public static long calendarDays(LocalDate startedOn, LocalDate stoppedOn) {
        return ChronoUnit.DAYS.between(startedOn, stoppedOn);
    }
}
