package org.localvoice.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class JoiningTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPersonJoinsOnlineQuestionByQuestionAndTheApplicationWaitsForADecision() throws Exception {
        Visitor visitor = new Visitor(mvc);
        String name = "Amira Join " + UUID.randomUUID();
        visitor.perform(get("/n/trafford/join")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Join Trafford")));
        visitor.perform(post("/n/trafford/join/about").with(TestUsers.csrf())
                .param("kind", "PERSON").param("name", name)).andExpect(redirectedUrl("/n/trafford/join/contact"));
        visitor.perform(post("/n/trafford/join/contact").with(TestUsers.csrf())
                .param("email", "amira@example.org").param("byEmail", "true").param("_byEmail", "on"))
                .andExpect(redirectedUrl("/n/trafford/join/needs"));
        visitor.perform(post("/n/trafford/join/needs").with(TestUsers.csrf())
                .param("largePrint", "true").param("interests", "Mental health, GP surgeries"))
                .andExpect(redirectedUrl("/n/trafford/join/consent"));
        visitor.perform(post("/n/trafford/join/consent").with(TestUsers.csrf())
                .param("consentMembership", "true")).andExpect(redirectedUrl("/n/trafford/join/check"));
        visitor.perform(get("/n/trafford/join/check")).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("amira@example.org")))
                .andExpect(content().string(containsString("Mental health, GP surgeries")));
        visitor.perform(post("/n/trafford/join/check").with(TestUsers.csrf()))
                .andExpect(redirectedUrl("/n/trafford/join/done"));

        Map<String, Object> row = jdbc.queryForMap("SELECT p.id, p.status, p.joined_via, c.email, c.large_print FROM membership_participant p "
                + "JOIN membership_contact c ON c.participant_id = p.id WHERE p.display_name = ?", name);
        assertThat(row.get("status")).isEqualTo("APPLIED");
        assertThat(row.get("joined_via")).isEqualTo("ONLINE");
        assertThat(row.get("email")).isEqualTo("amira@example.org");
        assertThat(row.get("large_print")).isEqualTo(true);
        UUID id = (UUID) row.get("id");
        assertThat(jdbc.queryForList("SELECT tag FROM membership_interest WHERE participant_id = ? ORDER BY tag", String.class, id))
                .containsExactly("gp surgeries", "mental health");
        assertThat(jdbc.queryForObject("SELECT wording FROM membership_consent WHERE participant_id = ? AND purpose = 'MEMBERSHIP'",
                String.class, id)).contains("keeping my details");
        assertThat(jdbc.queryForList("SELECT outcome FROM membership_decision WHERE participant_id = ?", String.class, id))
                .containsExactly("APPLIED");

        mvc.perform(post("/manage/participants/" + id + "/decision").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("outcome", "decline").param("reason", " ").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the reason for declining")));
        mvc.perform(post("/manage/participants/" + id + "/decision").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("outcome", "accept").param("version", "0"))
                .andExpect(redirectedUrl("/manage/participants/" + id));
        assertThat(jdbc.queryForList("SELECT outcome || ':' || decided_by FROM membership_decision WHERE participant_id = ? ORDER BY decided_at, id",
                String.class, id)).hasSize(2).last().isEqualTo("ACCEPTED:staff@trafford.example");
        mvc.perform(get("/manage/participants/" + id).with(users.as("staff@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Accepted on")));
    }

    @Test
    void aQuestionPageKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        Visitor visitor = new Visitor(mvc);
        visitor.perform(post("/n/trafford/join/about").with(TestUsers.csrf())
                .param("kind", "ORGANISATION").param("name", "Sale Tenants"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the kind of organisation")))
                .andExpect(content().string(containsString("value=\"Sale Tenants\"")));
        visitor.perform(post("/n/trafford/join/contact").with(TestUsers.csrf())
                .param("email", "not-an-email").param("postcode", "XYZ").param("byPost", "true").param("_byPost", "on"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("Enter a real postcode")))
                .andExpect(content().string(containsString("Enter a postal address")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));
        visitor.perform(get("/n/trafford/join/check")).andExpect(redirectedUrl("/n/trafford/join/about"));
    }

    @Test
    void staffAddAParticipantWhoIsAMemberAtOnceAndEditsAreChecked() throws Exception {
        String name = "Sale Faith Forum " + UUID.randomUUID();
        mvc.perform(post("/manage/participants/new").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("kind", "ORGANISATION").param("name", name).param("phone", "abc").param("byPhone", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the kind of organisation")))
                .andExpect(content().string(containsString("Enter a phone number")))
                .andExpect(content().string(containsString("value=\"abc\"")));
        mvc.perform(post("/manage/participants/new").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("kind", "ORGANISATION").param("organisationKind", "FAITH_GROUP").param("name", name)
                .param("phone", "0161 496 0000").param("byPhone", "true"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("SELECT id FROM membership_participant WHERE display_name = ?", UUID.class, name);
        assertThat(jdbc.queryForObject("SELECT status FROM membership_participant WHERE id = ?", String.class, id)).isEqualTo("ACCEPTED");

        String edit = "/manage/participants/" + id + "/edit";
        mvc.perform(post(edit).with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("name", "").param("organisationKind", "FAITH_GROUP").param("phone", "0161 496 0001").param("byPhone", "true")
                .param("version", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the name of the organisation")))
                .andExpect(content().string(containsString("0161 496 0001")));
        long version = jdbc.queryForObject("SELECT version FROM membership_participant WHERE id = ?", Long.class, id);
        mvc.perform(post(edit).with(TestUsers.csrf()).with(users.as("manager@trafford.example"))
                .param("name", name + " renamed").param("organisationKind", "FAITH_GROUP").param("phone", "0161 496 0002")
                .param("byPhone", "true").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(edit).with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("name", name + " typed by staff").param("organisationKind", "FAITH_GROUP").param("phone", "0161 496 0003")
                .param("byPhone", "true").param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString(name + " typed by staff")));
        assertThat(jdbc.queryForObject("SELECT display_name FROM membership_participant WHERE id = ?", String.class, id))
                .isEqualTo(name + " renamed");
    }

    @Test
    void anotherNetworksParticipantIsNotFound() throws Exception {
        String name = "Barnet Only " + UUID.randomUUID();
        mvc.perform(post("/manage/participants/new").with(TestUsers.csrf()).with(users.as("staff@barnet.example"))
                .param("kind", "PERSON").param("name", name).param("email", "b@example.org").param("byEmail", "true"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("SELECT id FROM membership_participant WHERE display_name = ?", UUID.class, name);
        mvc.perform(get("/manage/participants/" + id).with(users.as("staff@trafford.example"))).andExpect(status().isNotFound());
        mvc.perform(post("/manage/participants/" + id + "/edit").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("name", "taken").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/manage/participants").param("q", "Barnet Only").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString(name))));
    }
}
