package org.localvoice.visits;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.NewSignOff;
import org.localvoice.governance.domain.Decisions;
import org.localvoice.governance.domain.NewDecision;
import org.localvoice.governance.domain.ProcedureVersion;
import org.localvoice.governance.domain.Procedures;
import org.localvoice.governance.domain.SignOffs;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records other modules keep that visits tests need: participants (membership) and relevant decisions and
 * sign-offs (governance), made through those modules' own services or tables.
 */
final class VisitsFixtures {

    private final JdbcTemplate jdbc;
    private final ApplicationContext context;

    VisitsFixtures(JdbcTemplate jdbc, ApplicationContext context) {
        this.jdbc = jdbc;
        this.context = context;
    }

    UUID network(String slug) {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = ?", UUID.class, slug);
    }

    /** A person taking part in the network, with an e-mail address. */
    UUID participant(String slug, String name, String email) {
        UUID id = UUID.randomUUID();
        UUID network = network(slug);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO membership_participant (id, version, network_id, kind, display_name, search_name, status, joined_via,"
                + " status_changed_at, created_at) VALUES (?, 0, ?, 'PERSON', ?, ?, 'ACCEPTED', 'STAFF', ?, ?)",
                id, network, name, name.toLowerCase(java.util.Locale.ROOT), now, now);
        jdbc.update("INSERT INTO membership_contact (id, version, network_id, participant_id, email, by_email, by_post, by_phone,"
                + " large_print, easy_read, braille, audio, interpreter, created_at) VALUES (?, 0, ?, ?, ?, TRUE, FALSE, FALSE,"
                + " FALSE, FALSE, FALSE, FALSE, FALSE, ?)", UUID.randomUUID(), network, id, email, now);
        return id;
    }

    /** A relevant decision of the category, already made, under a published procedure. */
    UUID decision(String slug, DecisionCategory category) {
        return TenantContext.runAs(network(slug), () -> {
            Procedures procedures = context.getBean(Procedures.class);
            ProcedureVersion draft = procedures.create("Procedure for tests " + UUID.randomUUID(), "How we decide.");
            ProcedureVersion published = procedures.publishAt(draft.getId(), draft.getVersion(), Instant.now().minus(30, ChronoUnit.DAYS));
            return context.getBean(Decisions.class).record(new NewDecision(category, "Visit care homes in the area " + UUID.randomUUID(),
                    "Residents asked us to", LocalDate.now().minusDays(10), List.of("Chair", "Vice-chair"), published.getId(),
                    List.of())).getId();
        });
    }

    /** The governing body signs off a visit report. */
    void signOff(String slug, UUID visitId) {
        TenantContext.runAs(network(slug), () -> context.getBean(SignOffs.class).record(new NewSignOff("visits.visit-report", visitId,
                "Visit report", LocalDate.now(), "Chair of the governing body", "M-1")));
    }
}
