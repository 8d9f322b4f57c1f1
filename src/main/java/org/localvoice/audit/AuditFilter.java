package org.localvoice.audit;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What to look for in the audit trail; every part is optional. {@code action} matches by prefix
 * ({@code manage.people} finds every action on people), the others exactly; dates are inclusive days
 * in UK time.
 */
public record AuditFilter(String actor, String action, String entityType, String entityId, LocalDate from,
        LocalDate to) {

    /** Days are UK days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
