package org.localvoice.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.localvoice.support.TestUsers.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.governance.Governance;
import org.localvoice.governance.NewSignOff;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.localvoice.visits.VisitReportPublished;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The recommendations of a published Enter and View report become a report case, under a decision of category (e). */
@IntegrationTest
class VisitRecommendationsTests {

    static final String STAFF = "staff@trafford.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PowersTestData data;
    @Autowired
    Governance governance;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPublishedVisitReportWaitsForADecisionThenBecomesAReportCaseThatFollowsTheNormalFlow() throws Exception {
        UUID visit = publishVisitReport("Serve hot food hot\nReview the menu with residents\nOpen the garden every day");
        UUID pending = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
                "SELECT id FROM powers_visit_referral WHERE visit_id = ?", UUID.class, visit), l -> !l.isEmpty()).get(0);
        assertThat(jdbc.queryForObject("SELECT rec_count FROM powers_visit_referral WHERE id = ?", Integer.class, pending))
                .isEqualTo(3);

        mvc.perform(get("/manage/powers").with(users.as(STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/manage/powers/visit-referrals/" + pending)));
        mvc.perform(get("/manage").with(users.as(STAFF)))
                .andExpect(content().string(containsString("Enter and View reports have recommendations to refer")));
        mvc.perform(get("/manage/powers/visit-referrals/" + pending).with(users.as(STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Review the menu with residents"),
                        containsString("Open the report case"))));
        mvc.perform(get("/manage/powers/visit-referrals/" + pending).with(users.as("staff@barnet.example")))
                .andExpect(status().isNotFound());

        // Without a decision, or with one of another category, nothing is opened.
        mvc.perform(post("/manage/powers/visit-referrals/" + pending).with(csrf()).with(users.as(STAFF))
                        .param("title", "Mealtimes").param("summary", "What we saw").param("recipientName", "The provider"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the relevant decision that authorises this")));
        mvc.perform(post("/manage/powers/visit-referrals/" + pending).with(csrf()).with(users.as(STAFF))
                        .param("decisionId", data.decision("trafford", "h")).param("title", "Mealtimes")
                        .param("summary", "What we saw").param("recipientName", "The provider"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This decision is not of category (e)")));
        assertThat(jdbc.queryForObject("SELECT report_id FROM powers_visit_referral WHERE id = ?", UUID.class, pending)).isNull();

        String title = "Mealtimes " + UUID.randomUUID();
        mvc.perform(post("/manage/powers/visit-referrals/" + pending).with(csrf()).with(users.as(STAFF))
                        .param("decisionId", data.decision("trafford", "e")).param("title", title)
                        .param("summary", "What we saw at lunch").param("recipientName", "Meadow Care Ltd")
                        .param("recipientEmail", "care@meadow.example"))
                .andExpect(status().is3xxRedirection());
        UUID report = jdbc.queryForObject("SELECT report_id FROM powers_visit_referral WHERE id = ?", UUID.class, pending);
        assertThat(jdbc.queryForObject("SELECT title FROM powers_report WHERE id = ?", String.class, report)).isEqualTo(title);
        assertThat(jdbc.queryForList("SELECT body FROM powers_recommendation WHERE report_id = ? ORDER BY rec_number",
                String.class, report)).containsExactly("Serve hot food hot", "Review the menu with residents",
                "Open the garden every day");
        assertThat(jdbc.queryForObject("SELECT evidence_id FROM powers_report_evidence WHERE report_id = ? AND kind = 'visit'",
                UUID.class, report)).isEqualTo(visit);
        assertThat(jdbc.queryForObject("SELECT recipient_role FROM powers_report_recipient WHERE report_id = ?",
                String.class, report)).isEqualTo("PROVIDER");

        // Opening again changes nothing.
        mvc.perform(post("/manage/powers/visit-referrals/" + pending).with(csrf()).with(users.as(STAFF))
                        .param("decisionId", data.decision("trafford", "e")).param("title", "Again")
                        .param("summary", "Again").param("recipientName", "Meadow Care Ltd"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_report WHERE visit_id = ?", Integer.class, visit))
                .isEqualTo(1);

        // The visit report's sign-off counts: the report can be sent at once, and a response clock starts.
        mvc.perform(get("/manage/powers/reports/" + report).with(users.as(STAFF)))
                .andExpect(content().string(containsString("The governing body has signed off this report.")));
        String today = LocalDate.now().getDayOfMonth() + "/" + LocalDate.now().getMonthValue() + "/" + LocalDate.now().getYear();
        mvc.perform(post("/manage/powers/reports/" + report + "/send").with(csrf()).with(users.as(STAFF)).param("on", today))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_clock WHERE case_id = ? AND duty = 'REPORT_RESPONSE'",
                Integer.class, report)).isEqualTo(1);
    }

    @Test
    void theSameVisitDeliveredTwiceIsRecordedOnce() {
        UUID network = data.networkId("trafford");
        UUID visit = UUID.randomUUID();
        VisitReportPublished event = new VisitReportPublished(network, visit, null, null, List.of("One", "Two"));
        transactions.executeWithoutResult(s -> events.publishEvent(event));
        transactions.executeWithoutResult(s -> events.publishEvent(event));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM powers_visit_referral WHERE visit_id = ?", Integer.class, visit)).isEqualTo(1));
        // Give the second delivery time to finish, then check again.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL"
                        + " AND serialized_event LIKE ?", Integer.class, "%" + visit + "%")).isZero());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_visit_referral WHERE visit_id = ?", Integer.class, visit))
                .isEqualTo(1);
    }

    /** Plans a visit, drafts and sends its report, has the governing body sign it off and publishes it. */
    private UUID publishVisitReport(String recommendations) throws Exception {
        String decision = data.decision("trafford", "f");
        UUID premises = jdbc.queryForObject("SELECT id FROM directory_premises WHERE care_home = TRUE ORDER BY name"
                + " FETCH FIRST 1 ROWS ONLY", UUID.class);
        UUID rep = jdbc.queryForObject("SELECT id FROM visits_representative WHERE verification_code = 'ABCD-2345'", UUID.class);
        String purpose = "Mealtimes " + UUID.randomUUID();
        mvc.perform(post("/manage/visits/new").with(csrf()).with(users.as(STAFF))
                        .param("premisesId", premises.toString()).param("decisionId", decision)
                        .param("visitOn", LocalDate.now().plusDays(3).toString()).param("purpose", purpose)
                        .param("announced", "yes").param("areas", "COMMUNAL_LOUNGES", "DINING_AREAS")
                        .param("careProvided", "true").param("_careProvided", "on")
                        .param("privacyMeasures", "Knock and wait").param("team", rep.toString()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        UUID visit = jdbc.queryForObject("SELECT id FROM visits_visit WHERE purpose = ?", UUID.class, purpose);
        long version = jdbc.queryForObject("SELECT version FROM visits_visit WHERE id = ?", Long.class, visit);
        mvc.perform(post("/manage/visits/" + visit + "/report").with(csrf()).with(users.as(STAFF))
                        .param("summary", "A calm home.").param("findings", "Lunch was cold.")
                        .param("recommendations", recommendations).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/visits/" + visit + "/report").with(csrf()).with(users.as(STAFF)).param("action", "send")
                        .param("sentOn", LocalDate.now().toString()).param("version", String.valueOf(version + 1)))
                .andExpect(status().is3xxRedirection());
        signOff("visits.visit-report", visit);
        mvc.perform(post("/manage/visits/" + visit + "/report").with(csrf()).with(users.as(STAFF)).param("action", "publish")
                        .param("version", String.valueOf(version + 2)))
                .andExpect(status().is3xxRedirection());
        return visit;
    }

    private void signOff(String subject, UUID id) {
        var auth = UsernamePasswordAuthenticationToken.authenticated("governing", null,
                List.of(new SimpleGrantedAuthority("ROLE_GOVERNING_MEMBER")));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            TenantContext.runAs(data.networkId("trafford"), () -> governance.recordSignOff(new NewSignOff(subject, id,
                    "Visit report", LocalDate.now(), "Governing body", null)));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
