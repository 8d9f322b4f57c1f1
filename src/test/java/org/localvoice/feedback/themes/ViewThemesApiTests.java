package org.localvoice.feedback.themes;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.localvoice.feedback.insight.ViewFixtures;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ViewThemesApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ViewFixtures views;

    /** Removes the tokens this test issued, so that endpoint-wide tests sample the same ids as without it. */
    @AfterEach
    void forgetTestTokens() {
        jdbc.update("DELETE FROM access_api_token WHERE name = 'test token' AND account_id IN (SELECT id FROM access_account"
                + " WHERE email IN ('staff@trafford.example', 'staff@barnet.example', 'participant@trafford.example'))");
    }

    UUID theme(String slug, String code) {
        return jdbc.queryForObject("SELECT id FROM feedback_theme WHERE network_id = ? AND code = ?", UUID.class, views.network(slug), code);
    }

    @Test
    void staffReadAndConfirmAViewsThemesThroughTheApi() throws Exception {
        String token = "Bearer " + users.bearerToken("staff@trafford.example");
        UUID view = views.record("trafford", "Could not park anywhere near " + UUID.randomUUID(), views.premises(), null);
        UUID parking = theme("trafford", "parking");
        mvc.perform(put("/api/v1/views/" + view + "/themes").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"themes\": [{\"themeId\": \"" + parking + "\", \"sentiment\": \"NEGATIVE\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("Parking"))
                .andExpect(jsonPath("$[0].sentiment").value("NEGATIVE"))
                .andExpect(jsonPath("$[0].source").value("CONFIRMED"));
        mvc.perform(get("/api/v1/views/" + view + "/themes").header("Authorization", token))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].themeId").value(parking.toString()));

        mvc.perform(put("/api/v1/views/" + view + "/themes").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"themes\": [{\"themeId\": \"" + parking + "\", \"sentiment\": \"FURIOUS\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("sentiment")));
        mvc.perform(put("/api/v1/views/" + view + "/themes").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"themes\": [{\"themeId\": \"" + theme("barnet", "parking") + "\", \"sentiment\": \"POSITIVE\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/views/" + view + "/themes").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/views/" + view + "/themes").header("Authorization", token))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].sentiment").value("NEGATIVE"));

        mvc.perform(get("/api/v1/views/" + view + "/themes").header("Authorization", "Bearer " + users.bearerToken("staff@barnet.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/views/" + view + "/themes")
                        .header("Authorization", "Bearer " + users.bearerToken("participant@trafford.example")))
                .andExpect(status().isForbidden());
    }
}
