package org.localvoice.calendar;

import java.time.Instant;
import java.util.UUID;

/** The rule set a network has chosen, and who chose it when. */
public record RuleSetChoice(UUID networkId, RuleSet ruleSet, Instant chosenAt, String chosenBy) {
}
