package org.localvoice.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.localvoice.support.TestUsers.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class InformationRequestJourneyTests {

    static final String STAFF = "staff@trafford.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PowersTestData data;

    MockHttpServletRequestBuilder newRequest(String decision, String subject) {
        return post("/manage/powers/requests").with(csrf()).with(users.as(STAFF))
                .param("decisionId", decision).param("recipientName", "Trafford Primary Care Trust")
                .param("recipientEmail", "foi@trafford-pct.example").param("subject", subject)
                .param("questions", "How many complaints about GP access?\nWhat is the waiting time?")
                .param("channel", "EMAIL").param("sentOn", "1/10/2026").param("receivedOn", "2/10/2026");
    }

    UUID open(String subject) throws Exception {
        mvc.perform(newRequest(data.decision("trafford", "d"), subject)).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM powers_information_request WHERE subject = ?", UUID.class, subject);
    }

    @Test
    void aRequestOpenedUnderADecisionGetsADeadlineFromTheRuleSetWithItsExplanation() throws Exception {
        String subject = "GP access " + UUID.randomUUID();
        UUID id = open(subject);
        var clock = jdbc.queryForMap("SELECT * FROM powers_clock WHERE case_id = ?", id);
        assertThat(clock.get("due_on").toString()).isEqualTo("2026-10-29");
        assertThat(clock.get("rule_set_code")).isEqualTo("links-2008");
        assertThat(clock.get("rule_set_version")).isEqualTo(1);
        assertThat((String) clock.get("explanation")).contains("20 working days");
        mvc.perform(get("/manage/powers/requests/" + id).with(users.as(STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("What is the waiting time?")));
    }

    @Test
    void noRequestIsOpenedWithoutAnAuthorisingDecisionAndTheTypedTextIsKept() throws Exception {
        String subject = "No decision " + UUID.randomUUID();
        mvc.perform(newRequest("", subject))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("What is the waiting time?")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_information_request WHERE subject = ?",
                Integer.class, subject)).isZero();
    }

    @Test
    void aDecisionOfAnotherCategoryOrAnotherNetworkDoesNotAuthoriseARequest() throws Exception {
        String subject = "Wrong category " + UUID.randomUUID();
        mvc.perform(newRequest(data.decision("trafford", "g"), subject))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This decision is not of category (d)")));
        mvc.perform(newRequest(data.decision("barnet", "d"), subject))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a relevant decision of category (d) made by your network")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_information_request WHERE subject = ?",
                Integer.class, subject)).isZero();
    }

    @Test
    void aFullReplyStopsTheClockOnTimeAndAnAcknowledgementDoesNot() throws Exception {
        UUID id = open("Reply " + UUID.randomUUID());
        reply(id, "ACKNOWLEDGEMENT", "5/10/2026", "We have your request");
        assertThat(jdbc.queryForObject("SELECT stopped_on FROM powers_clock WHERE case_id = ?", java.sql.Date.class, id))
                .isNull();
        reply(id, "PARTIAL", "20/10/2026", "Figures attached")
                ;
        assertThat(jdbc.queryForObject("SELECT outcome FROM powers_clock WHERE case_id = ?", String.class, id))
                .isEqualTo("ANSWERED");
        mvc.perform(get("/manage/powers/requests/" + id).with(users.as(STAFF)))
                .andExpect(content().string(containsString("Answered on time")));
    }

    @Test
    void aForwardedRequestGetsANewClockForTheCommissioner() throws Exception {
        UUID id = open("Forward " + UUID.randomUUID());
        mvc.perform(post("/manage/powers/requests/" + id + "/replies").with(csrf()).with(users.as(STAFF))
                        .param("kind", "TRANSFERRED").param("receivedOn", "9/10/2026").param("via", "EMAIL")
                        .param("summary", "We do not commission this").param("transferredToName", "Trafford Council"))
                .andExpect(status().is3xxRedirection());
        List<String> parties = jdbc.queryForList("SELECT party_name FROM powers_clock WHERE case_id = ? ORDER BY created_at",
                String.class, id);
        assertThat(parties).containsExactly("Trafford Primary Care Trust", "Trafford Council");
        assertThat(jdbc.queryForObject("SELECT started_on FROM powers_clock WHERE case_id = ? AND party_name = 'Trafford Council'",
                java.sql.Date.class, id).toString()).isEqualTo("2026-10-09");
    }

    @Test
    void withheldInformationNeedsAReasonAndTheTypedAnswerIsKept() throws Exception {
        UUID id = open("Withheld " + UUID.randomUUID());
        mvc.perform(post("/manage/powers/requests/" + id + "/replies").with(csrf()).with(users.as(STAFF))
                        .param("kind", "PARTIAL").param("receivedOn", "9/10/2026").param("via", "EMAIL")
                        .param("summary", "Most figures given").param("withheld", "Names of complainants"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose why information was withheld")))
                .andExpect(content().string(containsString("Names of complainants")));
    }

    @Test
    void aStaleEditIsRefusedKeepingWhatWasTyped() throws Exception {
        UUID id = open("Stale " + UUID.randomUUID());
        String edit = "/manage/powers/requests/" + id + "/edit";
        mvc.perform(post(edit).with(csrf()).with(users.as(STAFF)).param("subject", "First edit").param("questions", "Q1")
                .param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post(edit).with(csrf()).with(users.as(STAFF)).param("subject", "Second edit typed")
                        .param("questions", "Q2").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("Second edit typed")));
        assertThat(jdbc.queryForObject("SELECT subject FROM powers_information_request WHERE id = ?", String.class, id))
                .isEqualTo("First edit");
    }

    @Test
    void anotherNetworksStaffCannotSeeOrAnswerTheRequest() throws Exception {
        UUID id = open("Isolated " + UUID.randomUUID());
        mvc.perform(get("/manage/powers/requests/" + id).with(users.as("staff@barnet.example")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/manage/powers/requests/" + id + "/replies").with(csrf()).with(users.as("staff@barnet.example"))
                .param("kind", "FULL")).andExpect(status().isNotFound());
        mvc.perform(get("/manage/powers/requests").with(users.as("staff@barnet.example")))
                .andExpect(content().string(not(containsString("Isolated"))));
    }

    @Test
    void aCorrectionIsANewTimelineEntryAndTheOriginalStays() throws Exception {
        UUID id = open("Correct " + UUID.randomUUID());
        UUID sent = jdbc.queryForObject("SELECT id FROM powers_case_event WHERE case_id = ? AND kind = 'SENT'", UUID.class, id);
        mvc.perform(post("/manage/powers/requests/" + id + "/events/" + sent + "/correction").with(csrf())
                        .with(users.as(STAFF)).param("on", "30/9/2026").param("reason", "Letter was dated 30 September")
                        .param("details", "Posted"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT occurred_on FROM powers_case_event WHERE id = ?", java.sql.Date.class, sent)
                .toString()).isEqualTo("2026-10-01");
        assertThat(jdbc.queryForObject("SELECT correction_reason FROM powers_case_event WHERE correction_of = ?",
                String.class, sent)).isEqualTo("Letter was dated 30 September");
    }

    @Test
    void reopeningNeedsAReasonAndStartsANewClock() throws Exception {
        UUID id = open("Reopen " + UUID.randomUUID());
        reply(id, "FULL", "12/10/2026", "All answered");
        mvc.perform(post("/manage/powers/requests/" + id + "/reopen").with(csrf()).with(users.as(STAFF))
                .param("on", "14/10/2026").param("reason", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the reason")));
        mvc.perform(post("/manage/powers/requests/" + id + "/reopen").with(csrf()).with(users.as(STAFF))
                .param("on", "14/10/2026").param("reason", "Question 2 was not answered"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_clock WHERE case_id = ? AND reopen_reason IS NOT NULL",
                Integer.class, id)).isEqualTo(1);
    }

    void reply(UUID id, String kind, String on, String summary) throws Exception {
        mvc.perform(post("/manage/powers/requests/" + id + "/replies").with(csrf()).with(users.as(STAFF))
                        .param("kind", kind).param("receivedOn", on).param("via", "EMAIL").param("summary", summary))
                .andExpect(status().is3xxRedirection());
    }
}
