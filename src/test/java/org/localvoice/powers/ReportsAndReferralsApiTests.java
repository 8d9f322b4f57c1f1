package org.localvoice.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.localvoice.support.TestUsers.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The staff API of reports, referrals and case timelines: paged reads, responses and updates, problem details. */
@IntegrationTest
class ReportsAndReferralsApiTests {

    static final String STAFF = "staff@trafford.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PowersTestData data;

    @AfterEach
    void removeTokens() {
        jdbc.update("DELETE FROM access_api_token WHERE name = 'test token' AND account_id IN"
                + " (SELECT id FROM access_account WHERE email IN ('staff@trafford.example', 'staff@barnet.example'))");
    }

    MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + users.bearerToken(email));
    }

    @Test
    void aReportIsReadWithItsRecommendationsAndARecipientsResponsesAreRecordedByNumber() throws Exception {
        UUID report = sentReport();
        UUID recipient = jdbc.queryForObject("SELECT id FROM powers_report_recipient WHERE report_id = ?", UUID.class, report);
        mvc.perform(as(STAFF, get("/api/v1/powers/reports").param("size", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(as(STAFF, get("/api/v1/powers/reports/" + report)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.status").value("OPEN"))
                .andExpect(jsonPath("$.signedOff").value(true))
                .andExpect(jsonPath("$.recommendations[1].number").value(2))
                .andExpect(jsonPath("$.recommendations[1].body").value("Call within two days"))
                .andExpect(jsonPath("$.deadlines[0].duty").value("REPORT_RESPONSE"));

        String path = "/api/v1/powers/reports/" + report + "/recipients/" + recipient + "/responses";
        mvc.perform(as(STAFF, post(path)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"receivedOn": "2999-01-01", "via": "PIGEON", "responses": [
                          {"recommendationNumber": 7, "answer": "ACCEPTED"},
                          {"recommendationNumber": 1, "answer": "MAYBE"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("via")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("receivedOn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("responses[0].recommendationNumber")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("responses[1].answer")));
        mvc.perform(as(STAFF, post(path)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"receivedOn": "%s", "via": "EMAIL", "responses": [
                          {"recommendationNumber": 1, "answer": "ACCEPTED", "actionPromised": "A plan form", "reviewOn": "%s"},
                          {"recommendationNumber": 2, "answer": "REJECTED", "reasons": "No staff"}]}"""
                        .formatted(LocalDate.now(), LocalDate.now().plusMonths(3))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recommendations[0].responses[0].answer").value("ACCEPTED"))
                .andExpect(jsonPath("$.recommendations[1].responses[0].reasons").value("No staff"));
        assertThat(jdbc.queryForObject("SELECT outcome FROM powers_clock WHERE case_id = ? AND party_ref = ?", String.class,
                report, recipient)).isEqualTo("ANSWERED");

        mvc.perform(as(STAFF, get("/api/v1/powers/reports/" + report + "/events").param("size", "1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].kind").value("DRAFTED"))
                .andExpect(jsonPath("$.totalItems").value(3));

        // Another network's staff, and unknown ids, get a 404 problem.
        mvc.perform(as("staff@barnet.example", get("/api/v1/powers/reports/" + report)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as("staff@barnet.example", get("/api/v1/powers/reports/" + report + "/events")))
                .andExpect(status().isNotFound());
        mvc.perform(as("staff@barnet.example", post(path)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(as(STAFF, get("/api/v1/powers/reports/" + UUID.randomUUID())))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"));
        mvc.perform(as(STAFF, get("/api/v1/powers/reports/not-an-id")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aReferralIsReadAndTheCommitteesAcknowledgementRecordedOnce() throws Exception {
        String subject = "API referral " + UUID.randomUUID();
        mvc.perform(post("/manage/powers/referrals").with(csrf()).with(users.as(STAFF))
                        .param("decisionId", data.decision("trafford", "g")).param("committee", "Trafford Health Scrutiny")
                        .param("matter", "HEALTH").param("subject", subject).param("supplied", "Our report")
                        .param("madeOn", "1/11/2026"))
                .andExpect(status().is3xxRedirection());
        UUID referral = jdbc.queryForObject("SELECT id FROM powers_osc_referral WHERE subject = ?", UUID.class, subject);
        mvc.perform(as(STAFF, get("/api/v1/powers/referrals")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        mvc.perform(as(STAFF, get("/api/v1/powers/referrals/" + referral)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referral.subject").value(subject))
                .andExpect(jsonPath("$.deadlines[0].duty").value("OSC_ACKNOWLEDGEMENT"));
        String updates = "/api/v1/powers/referrals/" + referral + "/updates";
        mvc.perform(as(STAFF, post(updates)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"kind": "THANKS", "on": "2026-11-05", "via": "EMAIL"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("summary")));
        String ack = """
                {"kind": "ACKNOWLEDGEMENT", "on": "2026-11-05", "via": "EMAIL", "summary": "On the agenda"}""";
        mvc.perform(as(STAFF, post(updates)).contentType(MediaType.APPLICATION_JSON).content(ack))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replies[0].kind").value("ACKNOWLEDGEMENT"));
        mvc.perform(as(STAFF, post(updates)).contentType(MediaType.APPLICATION_JSON).content(ack))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(as(STAFF, get("/api/v1/powers/referrals/" + referral + "/events")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[1].kind").value("ACKNOWLEDGED"));
        mvc.perform(as("staff@barnet.example", get("/api/v1/powers/referrals/" + referral)))
                .andExpect(status().isNotFound());
        mvc.perform(as("staff@barnet.example", post(updates)).contentType(MediaType.APPLICATION_JSON).content(ack))
                .andExpect(status().isNotFound());
    }

    private UUID sentReport() throws Exception {
        String title = "API report " + UUID.randomUUID();
        mvc.perform(post("/manage/powers/reports").with(csrf()).with(users.as(STAFF))
                        .param("decisionId", data.decision("trafford", "e")).param("title", title)
                        .param("summary", "What people told us").param("recommendations", "Plan every discharge\nCall within two days")
                        .param("recipients", "COMMISSIONER, Trafford PCT, pct@trafford.example"))
                .andExpect(status().is3xxRedirection());
        UUID report = jdbc.queryForObject("SELECT id FROM powers_report WHERE title = ?", UUID.class, title);
        data.signOffReport(report);
        String today = LocalDate.now().getDayOfMonth() + "/" + LocalDate.now().getMonthValue() + "/" + LocalDate.now().getYear();
        mvc.perform(post("/manage/powers/reports/" + report + "/send").with(csrf()).with(users.as(STAFF)).param("on", today))
                .andExpect(status().is3xxRedirection());
        return report;
    }
}
