package org.localvoice.powers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.Governance;
import org.localvoice.governance.NewSignOff;
import org.localvoice.governance.domain.Decisions;
import org.localvoice.governance.domain.NewDecision;
import org.localvoice.governance.domain.ProcedureVersion;
import org.localvoice.governance.domain.Procedures;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.Networks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Relevant decisions the powers tests open cases under (found in a network, or recorded once), and report sign-offs. */
@Component
class PowersTestData {

    private final JdbcTemplate jdbc;
    private final Networks networks;
    private final Procedures procedures;
    private final Decisions decisions;
    private final Governance governance;

    PowersTestData(JdbcTemplate jdbc, Networks networks, Procedures procedures, Decisions decisions, Governance governance) {
        this.jdbc = jdbc;
        this.governance = governance;
        this.networks = networks;
        this.procedures = procedures;
        this.decisions = decisions;
    }

    /** Trafford's governing body signs off a report today, as a governing member would. */
    void signOffReport(UUID report) {
        var auth = UsernamePasswordAuthenticationToken.authenticated("governing", null,
                List.of(new SimpleGrantedAuthority("ROLE_GOVERNING_MEMBER")));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            TenantContext.runAs(networkId("trafford"), () -> governance.recordSignOff(new NewSignOff("powers.report",
                    report, "Version 1", LocalDate.now(), "Governing body", null)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    UUID networkId(String slug) {
        return networks.findBySlug(slug).orElseThrow().id();
    }

    /** The id of a made decision of a category (by its letter) in a network. */
    synchronized String decision(String slug, String letter) {
        UUID network = networkId(slug);
        DecisionCategory category = DecisionCategory.ofLetter(letter).orElseThrow();
        List<UUID> found = jdbc.queryForList("SELECT id FROM governance_decision WHERE network_id = ? AND category = ?"
                + " AND decided_on <= ? ORDER BY decided_on", UUID.class, network, category.name(), LocalDate.now());
        if (!found.isEmpty()) {
            return found.get(0).toString();
        }
        return TenantContext.runAs(network, () -> {
            if (!procedures.anyPublished()) {
                ProcedureVersion draft = procedures.create("How we make relevant decisions",
                        "The governing body decides at a quorate meeting and publishes its reasons.");
                procedures.publishAt(draft.getId(), draft.getVersion(), java.time.Instant.now().minus(java.time.Duration.ofDays(90)));
            }
            ProcedureVersion procedure = procedures.currentPublished().stream()
                    .filter(v -> v.getPublishedAt().isBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(31))))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No procedure published long enough ago"));
            return decisions.record(new NewDecision(category, "Use of power (" + letter + ") for tests",
                    "The matter needs the network's attention.", LocalDate.now().minusDays(30),
                    List.of("Test Member"), procedure.getId(), List.of())).getId().toString();
        });
    }
}
