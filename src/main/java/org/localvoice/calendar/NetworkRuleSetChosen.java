package org.localvoice.calendar;

import java.util.UUID;

/** Published when a host manager changes the rule set their network's deadlines are counted by. */
public record NetworkRuleSetChosen(UUID networkId, String ruleSetCode, int ruleSetVersion, String chosenBy) {
}
