package org.localvoice.feedback.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ThemeTaxonomyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    UUID network(String slug) {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = ?", UUID.class, slug);
    }

    UUID theme(String slug, String code) {
        return jdbc.queryForObject("SELECT id FROM feedback_theme WHERE network_id = ? AND code = ?", UUID.class, network(slug), code);
    }

    @Test
    void everyDemoNetworkStartsWithTheNationalFrameworkUnderItsCategories() {
        for (String slug : new String[] {"trafford", "barnet"}) {
            UUID network = network(slug);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_theme WHERE network_id = ? AND parent_id IS NULL",
                    Integer.class, network)).isEqualTo(10);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_theme WHERE network_id = ? AND parent_id IS NOT NULL",
                    Integer.class, network)).isGreaterThanOrEqualTo(31);
            assertThat(jdbc.queryForObject("""
                    SELECT p.code FROM feedback_theme t JOIN feedback_theme p ON p.id = t.parent_id
                    WHERE t.network_id = ? AND t.code = 'parking'""", String.class, network))
                    .isEqualTo("service-location-travel-and-transport");
        }
    }

    @Test
    void staffSeeTheListAndAddAThemeUnderACategory() throws Exception {
        mvc.perform(get("/manage/themes").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Timeliness of care")))
                .andExpect(content().string(containsString("Service location, travel &amp; transport")));
        String name = "Home care visits " + UUID.randomUUID().toString().substring(0, 8);
        UUID category = theme("trafford", "access-to-medical-care-and-support");
        mvc.perform(post("/manage/themes").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("name", name).param("parentId", category.toString()))
                .andExpect(redirectedUrl("/manage/themes"));
        assertThat(jdbc.queryForObject("SELECT parent_id FROM feedback_theme WHERE name = ?", UUID.class, name)).isEqualTo(category);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'THEME_ADDED' AND detail = ?", Integer.class, name)).isEqualTo(1));
    }

    @Test
    void aThemeNeedsANameAndARealCategory() throws Exception {
        mvc.perform(post("/manage/themes").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("name", " ").param("parentId", theme("barnet", "staff").toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a name for the theme")))
                .andExpect(content().string(containsString("Choose a category from the list")));
    }

    @Test
    void renamingChecksTheVersionAndKeepsWhatWasTyped() throws Exception {
        UUID id = theme("trafford", "electronic-entertainment");
        long version = jdbc.queryForObject("SELECT version FROM feedback_theme WHERE id = ?", Long.class, id);
        String edit = "/manage/themes/" + id + "/edit";
        mvc.perform(post(edit).with(TestUsers.csrf()).with(users.as("manager@trafford.example"))
                        .param("name", "Television and radio").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/manage/themes"));
        mvc.perform(post(edit).with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("name", "Screens and games").param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this theme")))
                .andExpect(content().string(containsString("Screens and games")));
        assertThat(jdbc.queryForObject("SELECT name FROM feedback_theme WHERE id = ?", String.class, id)).isEqualTo("Television and radio");
    }

    @Test
    void retiringAndReinstatingAThemeIsAudited() throws Exception {
        UUID id = theme("barnet", "sensory-experience");
        long version = jdbc.queryForObject("SELECT version FROM feedback_theme WHERE id = ?", Long.class, id);
        mvc.perform(post("/manage/themes/" + id + "/retire").with(TestUsers.csrf()).with(users.as("staff@barnet.example"))
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/manage/themes"));
        assertThat(jdbc.queryForObject("SELECT active FROM feedback_theme WHERE id = ?", Boolean.class, id)).isFalse();
        mvc.perform(post("/manage/themes/" + id + "/reinstate").with(TestUsers.csrf()).with(users.as("staff@barnet.example"))
                        .param("version", String.valueOf(version + 1)))
                .andExpect(redirectedUrl("/manage/themes"));
        assertThat(jdbc.queryForObject("SELECT active FROM feedback_theme WHERE id = ?", Boolean.class, id)).isTrue();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action IN ('THEME_RETIRED', 'THEME_REINSTATED')",
                Integer.class, id.toString())).isEqualTo(2));
    }

    @Test
    void anotherNetworksThemeIsNotFound() throws Exception {
        UUID barnets = theme("barnet", "parking");
        mvc.perform(get("/manage/themes/" + barnets + "/edit").with(users.as("staff@trafford.example"))).andExpect(status().isNotFound());
        mvc.perform(post("/manage/themes/" + barnets + "/retire").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("version", "0")).andExpect(status().isNotFound());
    }
}
