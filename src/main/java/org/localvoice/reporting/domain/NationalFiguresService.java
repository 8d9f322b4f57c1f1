package org.localvoice.reporting.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.Role;
import org.localvoice.reporting.NationalFigures;
import org.localvoice.reporting.NationalFigures.NetworkFigures;
import org.localvoice.reporting.NationalFigures.RegionFigures;
import org.localvoice.reporting.NationalView;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Builds the national figures from two bounded reads: the list of networks (at most one per council)
 * and one GROUP BY count of accounts per network and role. No personal data is read.
 */
@Service
class NationalFiguresService implements NationalView {

    static final List<Role> NETWORK_ROLES = Arrays.stream(Role.values()).filter(Role::networkScoped).toList();

    private final Networks networks;
    private final Accounts accounts;

    NationalFiguresService(Networks networks, Accounts accounts) {
        this.networks = networks;
        this.accounts = accounts;
    }

    @Override
    @PreAuthorize("hasAnyRole('NATIONAL_VIEWER', 'PLATFORM_ADMIN')")
    public NationalFigures figures() {
        Map<UUID, Map<Role, Long>> counts = accounts.countByNetworkAndRole();
        Map<String, List<NetworkFigures>> byRegion = new LinkedHashMap<>();
        for (NetworkSummary n : networks.all()) {
            Map<Role, Long> roles = complete(counts.getOrDefault(n.id(), Map.of()));
            byRegion.computeIfAbsent(n.region(), r -> new ArrayList<>())
                    .add(new NetworkFigures(n.slug(), n.name(), n.localAuthorityName(), n.active(), roles, sum(roles)));
        }
        List<RegionFigures> regions = new ArrayList<>();
        Map<Role, Long> national = complete(Map.of());
        int networkCount = 0;
        for (Map.Entry<String, List<NetworkFigures>> region : byRegion.entrySet()) {
            Map<Role, Long> regional = complete(Map.of());
            region.getValue().forEach(n -> n.accountsByRole().forEach((role, c) -> regional.merge(role, c, Long::sum)));
            regional.forEach((role, c) -> national.merge(role, c, Long::sum));
            regions.add(new RegionFigures(region.getKey(), List.copyOf(region.getValue()), regional, sum(regional)));
            networkCount += region.getValue().size();
        }
        return new NationalFigures(regions, national, sum(national), networkCount);
    }

    /** Every network role, in the role matrix's order, with zero where there is none. */
    private static Map<Role, Long> complete(Map<Role, Long> counts) {
        Map<Role, Long> all = new LinkedHashMap<>();
        NETWORK_ROLES.forEach(role -> all.put(role, counts.getOrDefault(role, 0L)));
        return all;
    }

    private static long sum(Map<Role, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
