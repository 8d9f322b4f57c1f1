package org.localvoice.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.feedback.insight.ViewFixtures;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LinkingAViewToTheDirectoryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ViewFixtures views;

    long version(UUID view) {
        return jdbc.queryForObject("SELECT version FROM feedback_experience WHERE id = ?", Long.class, view);
    }

    @Test
    void staffFindTheTypedInServiceInTheDirectoryAndLinkTheViewToItAudited() throws Exception {
        UUID view = views.record("trafford", "The receptionist was kind " + UUID.randomUUID(), null, null);
        UUID premises = views.premises();
        mvc.perform(get("/manage/views/" + view).with(users.as("staff@trafford.example")))
                .andExpect(content().string(containsString("/manage/views/" + view + "/service")))
                .andExpect(content().string(containsString("Find this service in the care directory")));
        mvc.perform(get("/manage/views/" + view + "/service").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The view names the service as: Altrincham Medical Practice")))
                .andExpect(content().string(containsString("value=\"" + premises + "\"")));

        mvc.perform(post("/manage/views/" + view + "/service").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("q", "Altrincham").param("premisesId", premises.toString()).param("version", String.valueOf(version(view))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/manage/views/" + view));
        Map<String, Object> row = jdbc.queryForMap("SELECT premises_id, provider_id, service_name FROM feedback_experience WHERE id = ?", view);
        assertThat(row.get("premises_id")).isEqualTo(premises);
        assertThat(row.get("provider_id")).isEqualTo(views.provider(premises));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT detail FROM audit_entry WHERE entity_id = ? AND action = 'service linked'", String.class, view.toString()))
                .singleElement().asString().contains("was \"Altrincham Medical Practice\""));
        mvc.perform(get("/manage/views/" + view).with(users.as("staff@trafford.example")))
                .andExpect(content().string(containsString("Change the service in the care directory")));
    }

    @Test
    void noChoiceAStaleVersionAnotherNetworkOrAnotherRoleAreRefused() throws Exception {
        UUID view = views.record("trafford", "Waited a long time " + UUID.randomUUID(), null, null);
        String premises = views.premises().toString();
        mvc.perform(post("/manage/views/" + view + "/service").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("q", "Altrincham").param("version", String.valueOf(version(view))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose the service the view is about")))
                .andExpect(content().string(containsString("href=\"#premisesId\"")));
        mvc.perform(post("/manage/views/" + view + "/service").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("premisesId", UUID.randomUUID().toString()).param("version", String.valueOf(version(view))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/manage/views/" + view + "/service").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("q", "Altrincham").param("premisesId", premises).param("version", String.valueOf(version(view) - 1)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this view")));
        assertThat(jdbc.queryForObject("SELECT premises_id FROM feedback_experience WHERE id = ?", UUID.class, view)).isNull();
        mvc.perform(get("/manage/views/" + view + "/service").with(users.as("staff@barnet.example"))).andExpect(status().isNotFound());
        mvc.perform(post("/manage/views/" + view + "/service").with(TestUsers.csrf()).with(users.as("staff@barnet.example"))
                .param("premisesId", premises).param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/manage/views/" + view + "/service").with(users.as("participant@trafford.example"))).andExpect(status().isForbidden());
    }
}
