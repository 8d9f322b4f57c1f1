package org.localvoice.powers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.InformationRequest;
import org.localvoice.powers.domain.InformationRequests;
import org.localvoice.powers.domain.NewInformationRequest;
import org.localvoice.powers.domain.Party;
import org.localvoice.powers.domain.Reminders;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reminders go once per clock and stage, even when two nodes run the task at the same moment. */
@IntegrationTest
class ReminderClusterTests {

    @Autowired
    Reminders reminders;
    @Autowired
    InformationRequests requests;
    @Autowired
    PowersTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoConcurrentRunsSendTheOverdueEscalationOnceToStaffAndRecipient() throws Exception {
        String contact = "foi-" + UUID.randomUUID() + "@pct.example";
        UUID decision = UUID.fromString(data.decision("trafford", "d"));
        InformationRequest request = TenantContext.runAs(data.networkId("trafford"), () -> requests.open(
                new NewInformationRequest(decision, new Party("Overdue Trust", null, contact, null), "Overdue figures",
                        List.of("How many?"), Channel.EMAIL, LocalDate.now().minusDays(60), LocalDate.now().minusDays(59))));
        UUID clock = jdbc.queryForObject("SELECT id FROM powers_clock WHERE case_id = ?", UUID.class, request.getId());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> reminders.run();
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            for (Future<Integer> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        reminders.run();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_reminder WHERE clock_id = ?", Integer.class, clock))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT kind FROM powers_reminder WHERE clock_id = ?", String.class, clock))
                .isEqualTo("OVERDUE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifications_outbox WHERE recipient = ?", Integer.class,
                contact)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT subject FROM notifications_outbox WHERE recipient = ?", String.class,
                contact)).contains(request.getReference());
    }
}
