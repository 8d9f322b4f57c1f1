package org.localvoice.membership.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a finished record's time is up: {@code keepMonths} calendar months after it was finished (in
 * UK time), at the start of the day after. Zero months means "at once"; a negative number is refused.
 */
public final class RetentionPolicy {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private RetentionPolicy() {
    }

    /** The moment from which the record should be removed. */
    public static Instant removeFrom(Instant finishedAt, int keepMonths) {
        if (keepMonths < 0) {
            throw new IllegalArgumentException("keepMonths must not be negative");
        }
        ZonedDateTime finished = finishedAt.atZone(UK);
        return finished.toLocalDate().plusMonths(keepMonths).plusDays(1).atStartOfDay(UK).toInstant();
    }

    /** Whether a record finished at {@code finishedAt} is due for removal at {@code now}. */
    public static boolean due(Instant finishedAt, int keepMonths, Instant now) {
        return !now.isBefore(removeFrom(finishedAt, keepMonths));
    }

    /** The latest finish time whose records are due at {@code now}: those finished before it are due. */
    public static Instant finishedBefore(Instant now, int keepMonths) {
        ZonedDateTime n = now.atZone(UK);
        return n.toLocalDate().minusMonths(keepMonths).atStartOfDay(UK).toInstant();
    }
}
