package org.localvoice.feedback.insight.domain;

import java.util.UUID;

/**
 * How a provider answers the network's published views: how many it has, how many it replied to, and the
 * median number of days from publication to reply (null with no replies).
 */
public record ResponseRate(UUID providerId, String provider, long published, long replied, Double medianDays) {

    /** The share replied to, as a whole percentage. */
    public long percentReplied() {
        return published == 0 ? 0 : Math.round(100.0 * replied / published);
    }
}
