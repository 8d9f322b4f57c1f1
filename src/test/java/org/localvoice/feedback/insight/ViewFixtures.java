package org.localvoice.feedback.insight;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.feedback.ViewChannel;
import org.localvoice.feedback.domain.Consent;
import org.localvoice.feedback.domain.ContactBy;
import org.localvoice.feedback.domain.Experience;
import org.localvoice.feedback.domain.Experiences;
import org.localvoice.feedback.domain.NewExperience;
import org.localvoice.feedback.domain.WhenPrecision;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

/** Views for the insight and theme tests: recorded through the feedback module, published by its moderation page. */
@Component
public class ViewFixtures {

    private final Experiences experiences;
    private final JdbcTemplate jdbc;
    private final TestUsers users;

    ViewFixtures(Experiences experiences, JdbcTemplate jdbc, TestUsers users) {
        this.experiences = experiences;
        this.jdbc = jdbc;
        this.users = users;
    }

    public UUID network(String slug) {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = ?", UUID.class, slug);
    }

    /** Altrincham Medical Practice, in the Trafford demo directory. */
    public UUID premises() {
        return jdbc.queryForObject("SELECT id FROM directory_premises WHERE ods_code = 'P91004'", UUID.class);
    }

    public UUID provider(UUID premises) {
        return jdbc.queryForObject("SELECT COALESCE(controller_id, owner_id) FROM directory_premises WHERE id = ?", UUID.class, premises);
    }

    /** A view awaiting moderation, with an e-mail address to reply to. */
    public UUID record(String slug, String text, UUID premises, String email) {
        UUID provider = premises == null ? null : provider(premises);
        NewExperience view = new NewExperience(premises, provider, "Altrincham Medical Practice", text, LocalDate.now().minusDays(3),
                WhenPrecision.DAY, 2, false, ViewChannel.ONLINE, LocalDate.now(), Consent.PUBLISH_ANONYMISED,
                email == null ? null : new NewExperience.Contact("Alex Example", email, null, true, ContactBy.EMAIL));
        Experience saved = TenantContext.runAs(network(slug), () -> experiences.record(view));
        return saved.getId();
    }

    /** Publishes a view as the network's host staff would. */
    public void publish(MockMvc mvc, String slug, UUID id) throws Exception {
        long version = jdbc.queryForObject("SELECT version FROM feedback_experience WHERE id = ?", Long.class, id);
        String text = jdbc.queryForObject("SELECT text FROM feedback_experience WHERE id = ?", String.class, id);
        mvc.perform(post("/manage/views/" + id).with(TestUsers.csrf()).with(users.as("staff@" + slug + ".example"))
                        .param("decision", "PUBLISH").param("text", text).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
    }
}
