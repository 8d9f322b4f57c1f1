package org.localvoice.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.localvoice.support.TestUsers.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A service responder answers the requests sent to their provider, and only those. */
@IntegrationTest
class ResponderTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PowersTestData data;

    @Test
    void theRespondersProviderAnswersThroughTheProductAndTheAnswerIsTimestampedToday() throws Exception {
        UUID provider = jdbc.queryForObject("SELECT l.provider_id FROM directory_responder_link l JOIN access_account a"
                + " ON a.id = l.account_id WHERE a.email = 'responder@trafford.example'", UUID.class);
        String subject = "Night staffing " + UUID.randomUUID();
        mvc.perform(post("/manage/powers/requests").with(csrf()).with(users.as("staff@trafford.example"))
                        .param("decisionId", data.decision("trafford", "d")).param("recipientName", "The care home provider")
                        .param("recipientProviderId", provider.toString()).param("subject", subject).param("questions", "How many?")
                        .param("channel", "EMAIL").param("sentOn", "1/10/2026").param("receivedOn", "1/10/2026"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("SELECT id FROM powers_information_request WHERE subject = ?", UUID.class, subject);

        mvc.perform(get("/respond").with(users.as("responder@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(subject)));
        mvc.perform(get("/respond/requests/" + id).with(users.as("responder@barnet.example")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/respond/requests/" + id + "/replies").with(csrf()).with(users.as("responder@trafford.example"))
                        .param("kind", "FULL").param("summary", "Two staff every night"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT via FROM powers_reply WHERE case_id = ?", String.class, id)).isEqualTo("PORTAL");
        assertThat(jdbc.queryForObject("SELECT received_on FROM powers_reply WHERE case_id = ?", java.sql.Date.class, id)
                .toLocalDate()).isEqualTo(java.time.LocalDate.now());
        mvc.perform(get("/respond/requests/" + id).with(users.as("staff@trafford.example"))).andExpect(status().isForbidden());
    }
}
