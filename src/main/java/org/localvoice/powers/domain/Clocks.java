package org.localvoice.powers.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.DeadlineExplanations;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.StatutoryClock;
import org.localvoice.calendar.WorkingDayCalendar;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.ClockState;
import org.localvoice.shared.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one clock engine of every power: starts a clock from the network's rule set (storing the rule
 * set, version and explanation of the due date), stops it once, re-opens it as a new clock, and says
 * where each stands today.
 */
@Service
public class Clocks {

    private final CaseClockRepository clocks;
    private final StatutoryClock statutoryClock;
    private final DeadlineExplanations words;
    private final Clock time;
    private final WorkingDayCalendar calendar;
    private final int dueSoonDays;

    Clocks(CaseClockRepository clocks, StatutoryClock statutoryClock, DeadlineExplanations words, Clock time,
            WorkingDayCalendar calendar, @Value("${localvoice.powers.due-soon-days:5}") int dueSoonDays) {
        this.calendar = calendar;
        this.clocks = clocks;
        this.statutoryClock = statutoryClock;
        this.words = words;
        this.time = time;
        this.dueSoonDays = dueSoonDays;
    }

    @Transactional
    public CaseClock start(CaseKind kind, UUID caseId, Party party, Duty duty, LocalDate start) {
        return clocks.save(new CaseClock(kind, caseId, party, deadline(duty, start), explain(deadline(duty, start)),
                null, null));
    }

    /** The due date a clock would get, without starting it (for showing on forms). */
    public Deadline deadline(Duty duty, LocalDate start) {
        return statutoryClock.due(TenantContext.requireNetwork(), duty, start);
    }

    /** Whether the network's rule set restarts the clock when a recipient forwards a matter. */
    public boolean restartsOnTransfer(Duty duty) {
        return statutoryClock.ruleSetOf(TenantContext.requireNetwork()).rule(duty)
                .map(r -> r.clockRestartsOnTransfer()).orElse(false);
    }

    @Transactional
    public void stop(CaseClock clock, LocalDate on, ClockOutcome outcome) {
        clock.stop(on, outcome, workingDays(clock.getStartedOn(), on));
        clocks.save(clock);
    }

    /** A new running clock for the same duty and party, counted from the day it is re-opened. */
    @Transactional
    public CaseClock reopen(CaseClock stopped, LocalDate on, String reason) {
        if (stopped.running()) {
            throw new IllegalStateException("Only a stopped clock can be re-opened");
        }
        Deadline deadline = deadline(stopped.getDuty(), on);
        return clocks.save(new CaseClock(stopped.getCaseKind(), stopped.getCaseId(), stopped.party(), deadline,
                explain(deadline), stopped.getId(), reason));
    }

    /** A clock carried to a new party with a given deadline (a forwarded request that keeps its date). */
    @Transactional
    public CaseClock startWith(CaseKind kind, UUID caseId, Party party, Deadline deadline) {
        return clocks.save(new CaseClock(kind, caseId, party, deadline, explain(deadline), null, null));
    }

    @Transactional(readOnly = true)
    public List<CaseClock> of(CaseKind kind, UUID caseId) {
        return clocks.findByCaseKindAndCaseIdOrderByCreatedAtAsc(kind, caseId);
    }

    /** The clocks of several cases of one kind (a page of a register) in one query, oldest first. */
    @Transactional(readOnly = true)
    public List<CaseClock> of(CaseKind kind, java.util.Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : clocks.findByCaseKindAndCaseIdInOrderByCreatedAtAsc(kind, caseIds);
    }

    @Transactional(readOnly = true)
    public Optional<CaseClock> find(UUID clockId) {
        return TenantContext.currentNetwork().flatMap(n -> clocks.findById(clockId).filter(c -> c.getNetworkId().equals(n)));
    }

    @Transactional(readOnly = true)
    public Page<CaseClock> dueAndOverdue(Pageable page) {
        return clocks.runningDueBy(today().plusDays(dueSoonDays), page);
    }

    @Transactional(readOnly = true)
    public Page<CaseClock> runningDueBy(LocalDate until, Pageable page) {
        return clocks.runningDueBy(until, page);
    }

    @Transactional(readOnly = true)
    public long overdueCount() {
        return clocks.countRunningDueBefore(today());
    }

    @Transactional(readOnly = true)
    public long dueSoonCount() {
        return clocks.countRunningDueBetween(today(), today().plusDays(dueSoonDays));
    }

    @Transactional(readOnly = true)
    public long runningCount() {
        return clocks.countRunning();
    }

    public ClockState state(CaseClock clock) {
        return clock.state(today(), dueSoonDays);
    }

    public LocalDate today() {
        return LocalDate.now(time);
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }

    /** Working days from the start (day 1 when a working day) to the answer, both included. */
    int workingDays(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to) && days < 10_000; d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }

    private String explain(Deadline deadline) {
        return String.join(" ", words.explanation(deadline, Locale.UK));
    }
}
