package org.localvoice.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.localvoice.support.TestUsers.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RegistersAndApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PowersTestData data;

    /** The tokens issued here are removed again, so endpoint-wide tests see the demo accounts as they were. */
    @org.junit.jupiter.api.AfterEach
    void removeTokens() {
        jdbc.update("DELETE FROM access_api_token WHERE name = 'test token' AND account_id IN"
                + " (SELECT id FROM access_account WHERE email IN ('staff@trafford.example', 'staff@barnet.example'))");
    }

    @Test
    void theApiOpensARequestOnlyUnderADecisionAndShowsItsDeadline() throws Exception {
        String token = users.bearerToken("staff@trafford.example");
        String subject = "API " + UUID.randomUUID();
        String body = """
                {"decisionId": "%s", "recipient": "Trafford PCT", "subject": "%s", "questions": ["How many?"],
                 "channel": "EMAIL", "sentOn": "2026-10-01", "receivedOn": "2026-10-02"}""";
        mvc.perform(post("/api/v1/powers/requests").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(data.decision("trafford", "g"), subject)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/powers/requests").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(data.decision("trafford", "d"), subject)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.deadlines[0].dueOn").value("2026-10-29"))
                .andExpect(jsonPath("$.deadlines[0].ruleSetCode").value("links-2008"));
        UUID id = jdbc.queryForObject("SELECT id FROM powers_information_request WHERE subject = ?", UUID.class, subject);
        mvc.perform(get("/api/v1/powers/requests/" + id).header("Authorization", "Bearer " + users.bearerToken("staff@barnet.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/networks/trafford/registers/requests"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
    }

    @Test
    void thePublicRegisterShowsRequestsWithTheirStateAndNoContactAddresses() throws Exception {
        String subject = "Public " + UUID.randomUUID();
        mvc.perform(post("/manage/powers/requests").with(csrf()).with(users.as("staff@trafford.example"))
                        .param("decisionId", data.decision("trafford", "d")).param("recipientName", "Visible Trust")
                        .param("recipientEmail", "hidden-contact@trust.example").param("subject", subject)
                        .param("questions", "Q").param("channel", "POST").param("sentOn", "1/9/2026").param("receivedOn", "2/9/2026"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("SELECT id FROM powers_information_request WHERE subject = ?", UUID.class, subject);
        mvc.perform(get("/n/trafford/registers/requests/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Visible Trust")))
                .andExpect(content().string(not(containsString("hidden-contact@trust.example"))));
        mvc.perform(get("/n/trafford/registers/requests.csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reference,subject,owed_by,date,due_on,state")))
                .andExpect(content().string(containsString(subject)));
        mvc.perform(get("/n/trafford/registers/league")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Visible Trust")));
        mvc.perform(get("/n/barnet/registers/requests/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/n/barnet/registers/requests.csv")).andExpect(content().string(not(containsString(subject))));
    }

    @Test
    void theDashboardCountsDeadlinesAndTheOverviewListsThem() throws Exception {
        mvc.perform(get("/manage").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Statutory deadlines")));
        mvc.perform(get("/manage/powers").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_clock", Integer.class)).isPositive();
    }
}
