package org.localvoice.reporting;

import java.util.List;
import java.util.Map;
import org.localvoice.access.Role;

/**
 * Aggregate figures for every network, grouped by region, with national totals. Account numbers count
 * role holders: an account with two roles counts under each.
 */
public record NationalFigures(List<RegionFigures> regions, Map<Role, Long> accountsByRole, long accounts,
        int networks) {

    /** One region's networks and its totals. */
    public record RegionFigures(String region, List<NetworkFigures> networks, Map<Role, Long> accountsByRole,
            long accounts) {
    }

    /** One network's figures: its public identity and numbers, nothing about any person. */
    public record NetworkFigures(String slug, String name, String localAuthority, boolean active,
            Map<Role, Long> accountsByRole, long accounts) {
    }
}
