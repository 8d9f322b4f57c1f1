package org.localvoice.feedback.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.feedback.insight.ViewFixtures;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PublishedByThemeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ViewFixtures views;

    UUID theme(String slug, String code) {
        return jdbc.queryForObject("SELECT id FROM feedback_theme WHERE network_id = ? AND code = ?", UUID.class, views.network(slug), code);
    }

    String reference(UUID view) {
        return jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, view);
    }

    void confirm(String slug, UUID view, UUID theme, String sentiment) throws Exception {
        mvc.perform(post("/manage/views/" + view + "/themes").with(TestUsers.csrf()).with(users.as("staff@" + slug + ".example"))
                .param("theme", theme.toString()).param("sentiment-" + theme, sentiment)).andExpect(status().is3xxRedirection());
    }

    /** Leaves the view with a parking mark the model suggested and nobody confirmed. */
    void onlySuggestParking(UUID view, UUID parking) {
        jdbc.update("DELETE FROM feedback_theme_mark WHERE experience_id = ? AND theme_id <> ?", view, parking);
        if (jdbc.update("UPDATE feedback_theme_mark SET source = 'SUGGESTED' WHERE experience_id = ?", view) == 0) {
            jdbc.update("INSERT INTO feedback_theme_mark (id, version, network_id, experience_id, theme_id, sentiment, source, marked_at,"
                    + " created_at) VALUES (?, 0, ?, ?, ?, 'NEGATIVE', 'SUGGESTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                    UUID.randomUUID(), views.network("trafford"), view, parking);
        }
    }

    @Test
    void thePublicReadPublishedViewsByConfirmedThemeAndSentimentOnly() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID parking = theme("trafford", "parking");
        UUID confirmedNegative = views.record("trafford", "No parking spaces at all " + marker, views.premises(), null);
        UUID confirmedPositive = views.record("trafford", "Parking was easy and free " + marker, views.premises(), null);
        UUID suggestedOnly = views.record("trafford", "Parking was impossible again " + marker, views.premises(), null);
        UUID unpublished = views.record("trafford", "Parking costs too much " + marker, views.premises(), null);
        confirm("trafford", confirmedNegative, parking, "NEGATIVE");
        confirm("trafford", confirmedPositive, parking, "POSITIVE");
        confirm("trafford", unpublished, parking, "NEGATIVE");
        onlySuggestParking(suggestedOnly, parking);
        for (UUID v : List.of(confirmedNegative, confirmedPositive, suggestedOnly)) {
            views.publish(mvc, "trafford", v);
        }

        mvc.perform(get("/n/trafford/views/themes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What people tell us, by theme")))
                .andExpect(content().string(containsString("/n/trafford/views/themes/" + parking)));
        String all = mvc.perform(get("/n/trafford/views/themes/" + parking)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(all).contains(reference(confirmedNegative), reference(confirmedPositive))
                .doesNotContain(reference(suggestedOnly), reference(unpublished));
        mvc.perform(get("/n/trafford/views/themes/" + parking).param("sentiment", "POSITIVE"))
                .andExpect(content().string(containsString(reference(confirmedPositive))))
                .andExpect(content().string(not(containsString(reference(confirmedNegative)))));

        mvc.perform(get("/n/trafford/views/" + reference(confirmedNegative)))
                .andExpect(content().string(containsString("What this view is about")))
                .andExpect(content().string(containsString("/n/trafford/views/themes/" + parking)));
        mvc.perform(get("/n/trafford/views/" + reference(suggestedOnly)))
                .andExpect(content().string(not(containsString("What this view is about"))));
    }

    @Test
    void anotherNetworksThemeOrNonsenseIsNotFound() throws Exception {
        UUID barnetParking = theme("barnet", "parking");
        mvc.perform(get("/n/trafford/views/themes/" + barnetParking)).andExpect(status().isNotFound());
        mvc.perform(get("/n/trafford/views/themes/not-a-theme")).andExpect(status().isNotFound());
        mvc.perform(get("/n/trafford/views/themes/" + theme("trafford", "parking")).param("sentiment", "nonsense"))
                .andExpect(status().isOk());
    }
}
