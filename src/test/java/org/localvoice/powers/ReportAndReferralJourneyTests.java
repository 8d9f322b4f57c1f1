package org.localvoice.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.localvoice.support.TestUsers.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReportAndReferralJourneyTests {

    static final String STAFF = "staff@trafford.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PowersTestData data;

    @Test
    void aReportIsSentOnlyAfterSignOffAndEachRecipientRespondsToEachRecommendation() throws Exception {
        String title = "Discharge " + UUID.randomUUID();
        mvc.perform(post("/manage/powers/reports").with(csrf()).with(users.as(STAFF))
                        .param("decisionId", data.decision("trafford", "e")).param("title", title)
                        .param("summary", "What people told us").param("recommendations", "Plan every discharge\nCall within two days")
                        .param("evidence", "view, " + jdbc.queryForObject("SELECT reference FROM feedback_experience"
                                + " WHERE status = 'PUBLISHED' AND network_id = ? ORDER BY reference FETCH FIRST 1 ROWS ONLY",
                                String.class, data.networkId("trafford")))
                        .param("recipients", "COMMISSIONER, Trafford PCT, pct@trafford.example\nSCRUTINEER, Health Scrutiny Committee"))
                .andExpect(status().is3xxRedirection());
        UUID report = jdbc.queryForObject("SELECT id FROM powers_report WHERE title = ?", UUID.class, title);
        String today = LocalDate.now().getDayOfMonth() + "/" + LocalDate.now().getMonthValue() + "/" + LocalDate.now().getYear();
        mvc.perform(post("/manage/powers/reports/" + report + "/send").with(csrf()).with(users.as(STAFF)).param("on", today))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has not signed off this report yet")));
        data.signOffReport(report);
        mvc.perform(post("/manage/powers/reports/" + report + "/send").with(csrf()).with(users.as(STAFF)).param("on", today))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_clock WHERE case_id = ? AND duty = 'REPORT_RESPONSE'",
                Integer.class, report)).isEqualTo(2);

        UUID pct = jdbc.queryForObject("SELECT id FROM powers_report_recipient WHERE report_id = ? AND recipient_name = 'Trafford PCT'",
                UUID.class, report);
        List<UUID> recs = jdbc.queryForList("SELECT id FROM powers_recommendation WHERE report_id = ? ORDER BY rec_number",
                UUID.class, report);
        String responses = "/manage/powers/reports/" + report + "/recipients/" + pct + "/responses";
        mvc.perform(post(responses).with(csrf()).with(users.as(STAFF)).param("receivedOn", today).param("via", "EMAIL")
                        .param("answer[0]", "ACCEPTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose an answer for each recommendation")));
        mvc.perform(post(responses).with(csrf()).with(users.as(STAFF)).param("receivedOn", today).param("via", "EMAIL")
                        .param("answer[0]", "ACCEPTED").param("action[0]", "New form")
                        .param("answer[1]", "REJECTED").param("reasons[1]", "No staff"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT outcome FROM powers_clock WHERE case_id = ? AND party_ref = ?", String.class,
                report, pct)).isEqualTo("ANSWERED");
        mvc.perform(get("/n/trafford/registers/reports/" + report))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No staff")))
                .andExpect(content().string(containsString("Plan every discharge")));
        mvc.perform(get("/n/barnet/registers/reports/" + report)).andExpect(status().isNotFound());
    }

    @Test
    void aDraftReportIsNotOnThePublicRegister() throws Exception {
        String title = "Draft only " + UUID.randomUUID();
        mvc.perform(post("/manage/powers/reports").with(csrf()).with(users.as(STAFF))
                .param("decisionId", data.decision("trafford", "e")).param("title", title).param("summary", "s")
                .param("recommendations", "One").param("recipients", "PROVIDER, A provider"))
                .andExpect(status().is3xxRedirection());
        UUID report = jdbc.queryForObject("SELECT id FROM powers_report WHERE title = ?", UUID.class, title);
        mvc.perform(get("/n/trafford/registers/reports/" + report)).andExpect(status().isNotFound());
    }

    @Test
    void theScrutinyOfficerAcknowledgesAReferralAndLogsUpdatesThemselves() throws Exception {
        String subject = "Transport " + UUID.randomUUID();
        mvc.perform(post("/manage/powers/referrals").with(csrf()).with(users.as(STAFF))
                        .param("decisionId", data.decision("trafford", "g")).param("committee", "Trafford Health Scrutiny")
                        .param("matter", "HEALTH").param("subject", subject).param("supplied", "Our report")
                        .param("madeOn", "10/12/2025"))
                .andExpect(status().is3xxRedirection());
        UUID referral = jdbc.queryForObject("SELECT id FROM powers_osc_referral WHERE subject = ?", UUID.class, subject);
        assertThat(jdbc.queryForObject("SELECT due_on FROM powers_clock WHERE case_id = ? AND duty = 'OSC_ACKNOWLEDGEMENT'",
                java.sql.Date.class, referral).toString()).isEqualTo("2026-01-09");

        mvc.perform(get("/scrutiny/referrals/" + referral).with(users.as("scrutiny@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(subject)));
        mvc.perform(get("/scrutiny/referrals/" + referral).with(users.as("scrutiny@barnet.example")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/scrutiny/referrals/" + referral + "/acknowledgement").with(csrf())
                        .with(users.as("scrutiny@trafford.example")).param("on", "5/1/2026").param("via", "EMAIL")
                        .param("summary", "Received, on the agenda for February"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/scrutiny/referrals/" + referral + "/updates").with(csrf())
                        .with(users.as("scrutiny@trafford.example")).param("on", "20/2/2026").param("via", "EMAIL")
                        .param("summary", "The trust will attend in March"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT outcome FROM powers_clock WHERE case_id = ? AND duty = 'OSC_ACKNOWLEDGEMENT'",
                String.class, referral)).isEqualTo("ACKNOWLEDGED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_clock WHERE case_id = ? AND duty = 'OSC_KEEP_INFORMED_REMINDER'"
                + " AND stopped_on IS NULL AND started_on = ?", Integer.class, referral, java.sql.Date.valueOf("2026-02-20")))
                .isEqualTo(1);
        mvc.perform(get("/n/trafford/registers/referrals/" + referral))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Answered on time")))
                .andExpect(content().string(containsString("The trust will attend in March")));
        mvc.perform(get("/scrutiny/referrals").with(users.as(STAFF))).andExpect(status().isForbidden());
    }

    @Test
    void theCommitteesDecisionsAreRecordedAndAStaleEditIsRefused() throws Exception {
        String subject = "Decisions " + UUID.randomUUID();
        mvc.perform(post("/manage/powers/referrals").with(csrf()).with(users.as(STAFF))
                .param("decisionId", data.decision("trafford", "g")).param("committee", "Committee")
                .param("matter", "SOCIAL_CARE").param("subject", subject).param("supplied", "Views").param("madeOn", "1/10/2026"))
                .andExpect(status().is3xxRedirection());
        UUID referral = jdbc.queryForObject("SELECT id FROM powers_osc_referral WHERE subject = ?", UUID.class, subject);
        mvc.perform(post("/scrutiny/referrals/" + referral + "/decision").with(csrf()).with(users.as("scrutiny@trafford.example"))
                .param("powersApply", "yes").param("willUsePowers", "no").param("notes", "Not this year").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/powers/referrals/" + referral + "/decision").with(csrf()).with(users.as(STAFF))
                        .param("powersApply", "no").param("notes", "Typed while stale").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Typed while stale")));
        assertThat(jdbc.queryForObject("SELECT will_use_powers FROM powers_osc_referral WHERE id = ?", Boolean.class, referral))
                .isFalse();
    }
}
