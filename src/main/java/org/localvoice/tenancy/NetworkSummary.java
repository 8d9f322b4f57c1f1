package org.localvoice.tenancy;

import java.util.UUID;

/** What other modules and pages may know of a network. Contact details are public information. */
public record NetworkSummary(
        UUID id,
        String slug,
        String name,
        String localAuthorityCode,
        String localAuthorityName,
        String region,
        String hostName,
        String contactEmail,
        String contactPhone,
        String contactAddress,
        String openingHours,
        boolean active) {
}
