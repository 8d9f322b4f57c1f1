package org.localvoice.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.localvoice.governance.domain.Decisions;
import org.localvoice.governance.domain.NewDecision;
import org.localvoice.governance.domain.ProcedureVersion;
import org.localvoice.governance.domain.Procedures;
import org.localvoice.governance.domain.PublicationReminders;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Host managers are reminded once of a decision statement overdue for publication, whichever node runs the task. */
@IntegrationTest
class PublicationReminderTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Procedures procedures;
    @Autowired
    Decisions decisions;
    @Autowired
    PublicationReminders reminders;

    @Test
    void anOverdueStatementIsRemindedOnceToTheHostManagers() throws Exception {
        UUID network = jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = 'trafford'", UUID.class);
        String summary = "Overdue " + UUID.randomUUID();
        UUID overdue = TenantContext.runAs(network, () -> {
            ProcedureVersion draft = procedures.create("Procedure " + UUID.randomUUID(), "How we decide.");
            ProcedureVersion published = procedures.publishAt(draft.getId(), draft.getVersion(),
                    Instant.now().minus(Duration.ofDays(200)));
            return decisions.record(new NewDecision(DecisionCategory.A_ACTIVITIES, summary, "Because",
                    LocalDate.now().minusDays(120), List.of("Chair"), published.getId(), List.of())).getId();
        });
        assertThat(jdbc.queryForObject("SELECT publication_due FROM governance_decision WHERE id = ?", LocalDate.class, overdue))
                .isBefore(LocalDate.now());

        // Two nodes at the same moment: the unique reminder row lets one of them send.
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(reminders::run);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(reminders::run);
        a.get();
        b.get();
        reminders.run();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM governance_publication_reminder WHERE decision_id = ?",
                Integer.class, overdue)).isEqualTo(1);
        List<String> to = jdbc.queryForList("SELECT recipient FROM notifications_outbox WHERE body LIKE ?", String.class,
                "%" + summary + "%");
        assertThat(to).contains("manager@trafford.example").doesNotHaveDuplicates()
                .noneMatch(e -> e.endsWith("@barnet.example"));
        assertThat(jdbc.queryForObject("SELECT subject FROM notifications_outbox WHERE body LIKE ? FETCH FIRST 1 ROWS ONLY",
                String.class, "%" + summary + "%")).contains("overdue for publication");
    }
}
