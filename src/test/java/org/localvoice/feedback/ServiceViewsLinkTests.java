package org.localvoice.feedback;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.feedback.insight.ViewFixtures;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The public list of care services links each service to its published views on the network's site. */
@IntegrationTest
class ServiceViewsLinkTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ViewFixtures views;

    @Test
    void aServiceInThePublicDirectoryLinksToItsPublishedViews() throws Exception {
        UUID premises = views.premises();
        String link = "/n/trafford/views?service=" + premises;
        mvc.perform(get("/n/trafford/services").param("q", "Altrincham Medical"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + link + "\"")))
                .andExpect(content().string(containsString("People’s views of Altrincham Medical Practice")));

        UUID published = views.record("trafford", "Friendly nurses " + UUID.randomUUID(), premises, null);
        UUID elsewhere = views.record("trafford", "Somewhere else entirely " + UUID.randomUUID(), null, null);
        views.publish(mvc, "trafford", published);
        views.publish(mvc, "trafford", elsewhere);
        String ref = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, published);
        String otherRef = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, elsewhere);
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What people have told us about Altrincham Medical Practice")))
                .andExpect(content().string(containsString(ref)))
                .andExpect(content().string(not(containsString(otherRef))));
    }
}
