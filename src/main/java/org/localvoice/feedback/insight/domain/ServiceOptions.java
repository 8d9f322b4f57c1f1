package org.localvoice.feedback.insight.domain;

import java.util.List;
import java.util.UUID;
import org.localvoice.shared.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The services and providers the network has views about, for the filter's pick-lists. */
@Service
public class ServiceOptions {

    /** A service (premises) as views name it. */
    public record Option(UUID id, String name) {
    }

    static final int MAX = 500;

    private final JdbcTemplate jdbc;

    ServiceOptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Premises with views, by name (at most {@value #MAX}). */
    @Transactional(readOnly = true)
    public List<Option> services() {
        return jdbc.query("SELECT e.premises_id, MIN(e.service_name) FROM feedback_experience e WHERE e.network_id = ?"
                + " AND e.premises_id IS NOT NULL GROUP BY e.premises_id ORDER BY MIN(e.service_name) FETCH FIRST ? ROWS ONLY",
                (rs, n) -> new Option(rs.getObject(1, UUID.class), rs.getString(2)), TenantContext.requireNetwork(), MAX);
    }

    /** Providers with views (ids; at most {@value #MAX}). */
    @Transactional(readOnly = true)
    public List<UUID> providerIds() {
        return jdbc.queryForList("SELECT DISTINCT e.provider_id FROM feedback_experience e WHERE e.network_id = ?"
                + " AND e.provider_id IS NOT NULL FETCH FIRST ? ROWS ONLY", UUID.class, TenantContext.requireNetwork(), MAX);
    }
}
