package org.localvoice.governance.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.DeadlineExplanations;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * When a decision's statement is due: the rule set's period for {@link Duty#DECISION_PUBLICATION}, or the
 * network's own publication target when that is sooner. The explanation says which applied.
 */
@Component
class PublicationDue {

    record Due(LocalDate date, Deadline deadline, String explanation) {
    }

    private final StatutoryClock clock;
    private final DeadlineExplanations explanations;

    PublicationDue(StatutoryClock clock, DeadlineExplanations explanations) {
        this.clock = clock;
        this.explanations = explanations;
    }

    Due of(UUID networkId, LocalDate decidedOn, Integer targetDays) {
        Deadline deadline = clock.due(networkId, Duty.DECISION_PUBLICATION, decidedOn);
        String ruleSet = deadline.ruleSet().name() + " v" + deadline.ruleSet().version() + ": "
                + explanations.computation(deadline, Locale.UK);
        if (targetDays != null && decidedOn.plusDays(targetDays).isBefore(deadline.due())) {
            LocalDate target = decidedOn.plusDays(targetDays);
            return new Due(target, deadline, cut("Network target of " + targetDays + " days from the decision: due "
                    + explanations.date(target, Locale.UK) + " (sooner than the rule set. " + ruleSet + ")"));
        }
        return new Due(deadline.due(), deadline, cut(ruleSet));
    }

    private static String cut(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }
}
