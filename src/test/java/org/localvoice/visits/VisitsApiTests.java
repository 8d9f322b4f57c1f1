package org.localvoice.visits;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
class VisitsApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    UUID publishedTraffordVisit() {
        return jdbc.queryForObject("SELECT v.id FROM visits_visit v JOIN tenancy_network n ON n.id = v.network_id WHERE n.slug = 'trafford'"
                + " AND v.published_on IS NOT NULL ORDER BY v.published_on FETCH FIRST 1 ROWS ONLY", UUID.class);
    }

    @Test
    void staffListVisitsReadOneAndListPublishedReportsOfTheirOwnNetwork() throws Exception {
        String staff = "Bearer " + users.bearerToken("staff@trafford.example");
        UUID visit = publishedTraffordVisit();
        mvc.perform(get("/api/v1/visits").header("Authorization", staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(visit.toString())));
        mvc.perform(get("/api/v1/visits/reports").param("size", "5").header("Authorization", staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].publishedOn", everyItem(notNullValue())))
                .andExpect(jsonPath("$.items[*].id", hasItem(visit.toString())));
        mvc.perform(get("/api/v1/visits/" + visit).header("Authorization", staff))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.visit.stage").value("PUBLISHED"))
                .andExpect(jsonPath("$.report.recommendations[0]").value("Offer an afternoon activity on weekdays as well as mornings."))
                .andExpect(jsonPath("$.letters[0].kind").value("DRAFT_REPORT"));
        String barnet = "Bearer " + users.bearerToken("staff@barnet.example");
        mvc.perform(get("/api/v1/visits/" + visit).header("Authorization", barnet))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/visits").header("Authorization", barnet))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(visit.toString()))));
    }

    @Test
    void badPagingIsAProblemAndOtherRolesAreRefused() throws Exception {
        String staff = "Bearer " + users.bearerToken("staff@trafford.example");
        mvc.perform(get("/api/v1/visits").param("size", "0").header("Authorization", staff))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid query"));
        mvc.perform(get("/api/v1/visits/not-a-uuid").header("Authorization", staff)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/visits").header("Authorization", "Bearer " + users.bearerToken("representative@trafford.example")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/visits")).andExpect(status().isUnauthorized());
    }
}
