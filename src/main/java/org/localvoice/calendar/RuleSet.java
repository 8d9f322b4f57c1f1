package org.localvoice.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One version of a rule set, with a rule for every duty it covers. */
public record RuleSet(RuleSetRef ref, LocalDate effectiveFrom, String description, List<DutyRule> rules) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public Optional<DutyRule> rule(Duty duty) {
        return rules.stream().filter(r -> r.duty() == duty).findFirst();
    }
}
