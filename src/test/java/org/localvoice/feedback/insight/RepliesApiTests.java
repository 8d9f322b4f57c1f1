package org.localvoice.feedback.insight;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RepliesApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ViewFixtures views;

    @AfterEach
    void forgetTestTokens() {
        jdbc.update("DELETE FROM access_api_token WHERE name = 'test token' AND account_id IN (SELECT id FROM access_account"
                + " WHERE email IN ('staff@trafford.example', 'staff@barnet.example', 'responder@trafford.example'))");
    }

    UUID respondersPremises() {
        UUID provider = jdbc.queryForObject("SELECT provider_id FROM directory_responder_link WHERE network_id = ? FETCH FIRST 1 ROWS ONLY",
                UUID.class, views.network("trafford"));
        return jdbc.queryForObject("SELECT id FROM directory_premises WHERE controller_id = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                UUID.class, provider);
    }

    @Test
    void aResponderRepliesByApiOnceAndStaffReadTheReply() throws Exception {
        UUID view = views.record("trafford", "The garden was lovely " + UUID.randomUUID(), respondersPremises(), null);
        views.publish(mvc, "trafford", view);
        String responder = "Bearer " + users.bearerToken("responder@trafford.example");
        String staff = "Bearer " + users.bearerToken("staff@trafford.example");
        mvc.perform(get("/api/v1/views/" + view + "/replies").header("Authorization", staff))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/v1/respond/views/" + view + "/reply").header("Authorization", responder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/respond/views/" + view + "/reply").header("Authorization", responder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Thank you, we will tell the gardener.\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.text").value("Thank you, we will tell the gardener."));
        mvc.perform(post("/api/v1/respond/views/" + view + "/reply").header("Authorization", responder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Again\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/views/" + view + "/replies").header("Authorization", staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].text").value("Thank you, we will tell the gardener."));
        mvc.perform(get("/api/v1/views/" + view + "/replies").header("Authorization", "Bearer " + users.bearerToken("staff@barnet.example")))
                .andExpect(status().isNotFound());
        UUID notTheirs = views.record("trafford", "Not about their service " + UUID.randomUUID(), null, null);
        views.publish(mvc, "trafford", notTheirs);
        mvc.perform(post("/api/v1/respond/views/" + notTheirs + "/reply").header("Authorization", responder)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Hello\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/respond/views/" + view + "/reply").header("Authorization", staff)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Hello\"}"))
                .andExpect(status().isForbidden());
    }
}
