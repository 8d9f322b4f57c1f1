package org.localvoice.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Due dates for duties, under the rule set a network has chosen (LINks 2008 when it has chosen none).
 * Every {@link Deadline} names the rule set and version that produced it, so callers store both.
 */
public interface StatutoryClock {

    /** The due date of a duty for a network, counted from the start date. */
    Deadline due(UUID networkId, Duty duty, LocalDate start);

    /** The due date under the latest version of a rule set, by code. */
    Deadline due(String ruleSetCode, Duty duty, LocalDate start);

    /** The latest version of every rule set, default first. */
    List<RuleSet> ruleSets();

    /** The latest version of a rule set by code. */
    RuleSet ruleSet(String code);

    /** The rule set a network uses. */
    RuleSet ruleSetOf(UUID networkId);

    /** The network's own choice, if it has made one (otherwise it uses the default). */
    java.util.Optional<RuleSetChoice> choiceOf(UUID networkId);

    /** The code of the rule set used when a network has chosen none. */
    String defaultRuleSetCode();

    /** A host manager chooses the rule set of their own network. */
    RuleSet chooseRuleSet(UUID networkId, UUID ruleSetId);
}
