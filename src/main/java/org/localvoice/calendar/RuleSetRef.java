package org.localvoice.calendar;

import java.util.UUID;

/** Which version of which rule set produced a deadline: store it with the deadline. */
public record RuleSetRef(UUID id, String code, String name, int version) {
}
