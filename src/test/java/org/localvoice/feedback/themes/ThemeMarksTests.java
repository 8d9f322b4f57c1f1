package org.localvoice.feedback.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.feedback.insight.ViewFixtures;
import org.localvoice.feedback.themes.domain.ThemeMarks;
import org.localvoice.feedback.themes.web.ThemePanels;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ThemeMarksTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ViewFixtures views;
    @Autowired
    ThemeMarks marks;
    @Autowired
    ThemePanels panels;

    UUID theme(String slug, String code) {
        return jdbc.queryForObject("SELECT id FROM feedback_theme WHERE network_id = ? AND code = ?", UUID.class, views.network(slug), code);
    }

    List<Map<String, Object>> marksOf(UUID view) {
        return jdbc.queryForList("""
                SELECT t.code, m.sentiment, m.source, m.marked_by FROM feedback_theme_mark m
                JOIN feedback_theme t ON t.id = m.theme_id WHERE m.experience_id = ? ORDER BY t.code""", view);
    }

    @Test
    void aNewViewComesWithSuggestedThemesAndTheirReasons() {
        UUID view = views.record("trafford", "I waited four hours for the ambulance to come, far too long a wait.", null, null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(marksOf(view)).isNotEmpty());
        assertThat(marksOf(view)).anySatisfy(m -> {
            assertThat(m.get("code")).isEqualTo("timeliness-of-care");
            assertThat(m.get("sentiment")).isEqualTo("NEGATIVE");
            assertThat(m.get("source")).isEqualTo("SUGGESTED");
        });
        ThemePanels.Panel panel = TenantContext.runAs(views.network("trafford"), () -> panels.forView(view));
        assertThat(panel.found()).isTrue();
        assertThat(panel.rows()).anySatisfy(r -> assertThat(r.name()).isEqualTo("Timeliness of care"));
        assertThat(TenantContext.runAs(views.network("barnet"), () -> panels.forView(view)).found()).isFalse();
    }

    @Test
    void suggestionsExplainThemselvesInTheViewsOwnWords() {
        List<ThemeMarks.SuggestedTheme> suggested = TenantContext.runAs(views.network("barnet"),
                () -> marks.suggest("The food was cold and tasteless."));
        assertThat(suggested).first().satisfies(s -> {
            assertThat(s.name()).isEqualTo("Food & drink provision & facilities");
            assertThat(s.why()).contains("food");
        });
    }

    @Test
    void theModeratorConfirmsThemesWithTheirSentiment() throws Exception {
        UUID view = views.record("trafford", "Lovely friendly nurses but the food was cold.", null, null);
        UUID staff = theme("trafford", "staff-manner-and-personal-attributes");
        UUID food = theme("trafford", "food-and-drink-provision-and-facilities");
        mvc.perform(post("/manage/views/" + view + "/themes").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("theme", staff.toString()).param("sentiment-" + staff, "POSITIVE")
                        .param("otherTheme", food.toString()).param("otherSentiment", "NEGATIVE"))
                .andExpect(redirectedUrl("/manage/views/" + view + "#themes"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(marksOf(view)).extracting(m -> m.get("code") + " "
                + m.get("sentiment") + " " + m.get("source")).containsExactly(
                "food-and-drink-provision-and-facilities NEGATIVE CONFIRMED",
                "staff-manner-and-personal-attributes POSITIVE CONFIRMED"));
        assertThat(marksOf(view)).allSatisfy(m -> assertThat(m.get("marked_by")).isNotNull());
    }

    @Test
    void onlyTheNetworksActiveThemesCanBeConfirmedAndOnlyOnItsOwnViews() throws Exception {
        UUID view = views.record("trafford", "Nothing to add.", null, null);
        mvc.perform(post("/manage/views/" + view + "/themes").with(TestUsers.csrf()).with(users.as("staff@barnet.example"))
                .param("theme", theme("barnet", "parking").toString())).andExpect(status().isNotFound());
        mvc.perform(post("/manage/views/" + view + "/themes").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("theme", theme("barnet", "parking").toString())).andExpect(status().isBadRequest());
        mvc.perform(post("/manage/views/" + view + "/themes").with(TestUsers.csrf()).with(users.as("participant@trafford.example"))
                .param("theme", theme("trafford", "parking").toString())).andExpect(status().isForbidden());
    }
}
