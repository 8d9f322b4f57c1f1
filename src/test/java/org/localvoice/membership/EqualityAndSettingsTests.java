package org.localvoice.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EqualityAndSettingsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    UUID barnet() {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = 'barnet'", UUID.class);
    }

    @Test
    void equalityAnswersAreTakenOnceAfterJoiningAndKeptWithNothingThatLinksThemToThePerson() throws Exception {
        Visitor visitor = new Visitor(mvc);
        visitor.perform(post("/n/barnet/join/equality").with(TestUsers.csrf()).param("AGE", "UNDER_18"))
                .andExpect(status().isOk());
        Integer before = jdbc.queryForObject("SELECT count(*) FROM membership_equality_answer WHERE network_id = ?", Integer.class, barnet());
        join(visitor, "Equal Person " + UUID.randomUUID());
        visitor.perform(get("/n/barnet/join/equality")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ethnic group")));
        visitor.perform(post("/n/barnet/join/equality").with(TestUsers.csrf()).param("AGE", "UNDER_18").param("ETHNIC_GROUP", "MIXED")
                .param("SEX", "not-an-answer")).andExpect(status().isOk());
        visitor.perform(post("/n/barnet/join/equality").with(TestUsers.csrf()).param("AGE", "UNDER_18")).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM membership_equality_answer WHERE network_id = ?", Integer.class, barnet()))
                .isEqualTo(before + 2);
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE lower(table_name) = "
                + "'membership_equality_answer'", String.class)).extracting(String::toLowerCase)
                .containsExactlyInAnyOrder("id", "network_id", "question", "answer", "answered_year");
    }

    @Test
    void theReportShowsSmallCountsOnlyAsFewerThanFiveAndAHostManagerEntersThePopulationProfile() throws Exception {
        mvc.perform(get("/manage/participants/equality").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fewer than 5")));
        mvc.perform(post("/manage/participants/equality/population").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("category", "ETHNIC_GROUP/ASIAN").param("share", "9.5").param("source", "Census 2021 TS021").param("year", "2021"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/participants/equality/population").with(TestUsers.csrf()).with(users.as("manager@trafford.example"))
                .param("category", "ETHNIC_GROUP/ASIAN").param("share", "150").param("source", "Census").param("year", "2021"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the share as a percentage")))
                .andExpect(content().string(containsString("value=\"150\"")));
        MockMultipartFile csv = new MockMultipartFile("file", "profile.csv", "text/csv",
                "question,category,share,source,year\nETHNIC_GROUP,WHITE,80.1,Census 2021 TS021 (test),2021\nAGE,AGE_65_74,9.8,Census 2021 TS007A (test),2021\n"
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/manage/participants/equality/population/import").file(csv).with(TestUsers.csrf())
                .with(users.as("manager@trafford.example"))).andExpect(redirectedUrl("/manage/participants/equality"));
        mvc.perform(get("/manage/participants/equality").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Census 2021 TS021 (test) (2021)")))
                .andExpect(content().string(containsString("80.1%")));
        mvc.perform(get("/manage/participants/equality").with(users.as("staff@barnet.example")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Census 2021 TS021 (test)"))));
    }

    @Test
    void aNetworkThatAcceptsAutomaticallyAcceptsOnlineApplicationsAtOnceAndOnlyManagersChangeThat() throws Exception {
        mvc.perform(post("/manage/participants/settings").with(TestUsers.csrf()).with(users.as("staff@barnet.example"))
                .param("automatic", "true")).andExpect(status().isForbidden());
        mvc.perform(post("/manage/participants/settings").with(TestUsers.csrf()).with(users.as("manager@barnet.example"))
                .param("automatic", "true").param("DECLINED_APPLICATION", "six").param("FORMER_PARTICIPANT", "12")
                .param("CLOSED_DATA_REQUEST", "24"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter a whole number of months")))
                .andExpect(content().string(containsString("value=\"six\"")));
        settings(true);
        try {
            String name = "Auto Accepted " + UUID.randomUUID();
            join(new Visitor(mvc), name);
            assertThat(jdbc.queryForObject("SELECT status FROM membership_participant WHERE display_name = ?", String.class, name))
                    .isEqualTo("ACCEPTED");
            assertThat(jdbc.queryForList("SELECT d.outcome, d.automatic FROM membership_decision d JOIN membership_participant p "
                    + "ON p.id = d.participant_id WHERE p.display_name = ? ORDER BY d.decided_at, d.id", name))
                    .extracting(r -> r.get("outcome") + ":" + r.get("automatic")).containsExactly("APPLIED:false", "ACCEPTED:true");
        } finally {
            settings(false);
        }
    }

    private void settings(boolean automatic) throws Exception {
        mvc.perform(post("/manage/participants/settings").with(TestUsers.csrf()).with(users.as("manager@barnet.example"))
                .param("automatic", String.valueOf(automatic)).param("DECLINED_APPLICATION", "6").param("FORMER_PARTICIPANT", "12")
                .param("CLOSED_DATA_REQUEST", "24")).andExpect(redirectedUrl("/manage/participants/settings"));
    }

    private void join(Visitor visitor, String name) throws Exception {
        visitor.perform(post("/n/barnet/join/about").with(TestUsers.csrf()).param("kind", "PERSON").param("name", name));
        visitor.perform(post("/n/barnet/join/contact").with(TestUsers.csrf()).param("phone", "020 7946 0000").param("byPhone", "true"));
        visitor.perform(post("/n/barnet/join/needs").with(TestUsers.csrf()));
        visitor.perform(post("/n/barnet/join/consent").with(TestUsers.csrf()).param("consentMembership", "true"));
        visitor.perform(post("/n/barnet/join/check").with(TestUsers.csrf())).andExpect(redirectedUrl("/n/barnet/join/done"));
    }
}
