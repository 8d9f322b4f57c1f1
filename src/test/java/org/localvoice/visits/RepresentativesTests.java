package org.localvoice.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class RepresentativesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    VisitsFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new VisitsFixtures(jdbc, context);
    }

    MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder request) {
        return request.with(TestUsers.csrf()).with(users.as("staff@trafford.example"));
    }

    UUID add(String name, String email) throws Exception {
        UUID participant = fixtures.participant("trafford", name, email);
        String today = LocalDate.now().minusDays(2).toString();
        mvc.perform(asStaff(post("/manage/representatives/new")).param("participantId", participant.toString())
                        .param("course", "Enter and View basics").param("trainingOn", today).param("checkType", "ENHANCED")
                        .param("checkOn", today).param("checkReference", "001122334455").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM visits_representative WHERE participant_id = ?", UUID.class, participant);
    }

    long version(UUID rep) {
        return jdbc.queryForObject("SELECT version FROM visits_representative WHERE id = ?", Long.class, rep);
    }

    @Test
    void authorisationNeedsEveryStepAndIssuesACardThatProvidersCanVerifyUntilItIsWithdrawn() throws Exception {
        String name = "Priya Careful " + UUID.randomUUID().toString().substring(0, 6);
        UUID rep = add(name, "priya-" + UUID.randomUUID() + "@example.org");
        mvc.perform(get("/manage/representatives/" + rep).with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Incomplete"), containsString("has not been considered"))));
        mvc.perform(asStaff(post("/manage/representatives/" + rep).param("action", "issue")).param("version", String.valueOf(version(rep))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("only when training and the check are recorded")));

        mvc.perform(post("/manage/representatives/" + rep).param("action", "consider").with(TestUsers.csrf()).with(users.as("manager@trafford.example"))
                        .param("suitable", "yes").param("version", String.valueOf(version(rep))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asStaff(post("/manage/representatives/" + rep).param("action", "issue")).param("version", String.valueOf(version(rep))))
                .andExpect(status().is3xxRedirection());
        String code = jdbc.queryForObject("SELECT verification_code FROM visits_representative WHERE id = ?", String.class, rep);
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");

        mvc.perform(get("/n/trafford/verify").param("code", code.toLowerCase().replace("-", " ")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(name), containsString("This card is valid today"),
                        not(containsString("001122334455")), not(containsString("Enhanced")))));
        mvc.perform(get("/n/trafford/representatives")).andExpect(content().string(containsString(name)));
        mvc.perform(get("/n/barnet/verify").param("code", code))
                .andExpect(content().string(allOf(containsString("not the code of a card issued by this network"), not(containsString(name)))));
        mvc.perform(get("/manage/representatives/" + rep + "/card.pdf").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk());

        mvc.perform(asStaff(post("/manage/representatives/" + rep).param("action", "withdraw")).param("reason", "Moved away")
                        .param("version", String.valueOf(version(rep))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/n/trafford/verify").param("code", code))
                .andExpect(content().string(allOf(containsString("Withdrawn"), containsString("This card is not valid today"))));
        mvc.perform(get("/n/trafford/representatives")).andExpect(content().string(not(containsString(name))));
    }

    @Test
    void theNominatedPersonCannotBeTheRepresentative() throws Exception {
        UUID rep = add("Sam Staffmember", "staff@trafford.example");

        mvc.perform(asStaff(post("/manage/representatives/" + rep).param("action", "consider")).param("suitable", "yes")
                        .param("version", String.valueOf(version(rep))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You cannot consider your own criminal records check")));
        assertThat(jdbc.queryForObject("SELECT considered_on FROM visits_representative WHERE id = ?", LocalDate.class, rep)).isNull();
    }

    @Test
    void badInputIsExplainedAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(asStaff(post("/manage/representatives/new")).param("course", "Safeguarding refresher")
                        .param("trainingOn", "31/02/2026").param("checkOn", LocalDate.now().plusDays(3).toString()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("Choose the participant"),
                        containsString("Date of training must be a real date"), containsString("Date of the certificate must be today or in the past"),
                        containsString("Choose the type of certificate"), containsString("Safeguarding refresher"))));
    }

    @Test
    void aStaleEditIsRefusedWithAMessageAndKeepsWhatWasTyped() throws Exception {
        UUID rep = add("Olu Overlap " + UUID.randomUUID().toString().substring(0, 6), "olu-" + UUID.randomUUID() + "@example.org");
        long stale = version(rep);
        String day = LocalDate.now().minusDays(1).toString();
        mvc.perform(asStaff(post("/manage/representatives/" + rep + "/edit")).param("course", "First edit").param("trainingOn", day)
                        .param("checkType", "BASIC").param("checkOn", day).param("checkReference", "A1").param("version", String.valueOf(stale)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asStaff(post("/manage/representatives/" + rep + "/edit")).param("course", "Second edit typed late")
                        .param("trainingOn", day).param("checkType", "BASIC").param("checkOn", day).param("checkReference", "A2")
                        .param("version", String.valueOf(stale)))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Someone else changed this record"), containsString("Second edit typed late"))));
        assertThat(jdbc.queryForObject("SELECT training_course FROM visits_representative WHERE id = ?", String.class, rep)).isEqualTo("First edit");
    }

    @Test
    void anotherNetworksRepresentativeIsNotFound() throws Exception {
        UUID barnet = jdbc.queryForObject("SELECT r.id FROM visits_representative r JOIN tenancy_network n ON n.id = r.network_id"
                + " WHERE n.slug = 'barnet' ORDER BY r.id FETCH FIRST 1 ROWS ONLY", UUID.class);

        mvc.perform(get("/manage/representatives/" + barnet).with(users.as("staff@trafford.example"))).andExpect(status().isNotFound());
        mvc.perform(asStaff(post("/manage/representatives/" + barnet).param("action", "withdraw")).param("reason", "x").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/manage/representatives/" + barnet + "/card.pdf").with(users.as("staff@trafford.example")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theVerificationPageAndRegisterTreatOnlyCardsInForceAsValid() throws Exception {
        mvc.perform(get("/n/trafford/verify").param("code", "JKMN-4567"))
                .andExpect(content().string(allOf(containsString("Expired"), containsString("This card is not valid today"))));
        mvc.perform(get("/n/trafford/verify").param("code", "PQRS-5678"))
                .andExpect(content().string(allOf(containsString("Withdrawn"), not(containsString("Stepped down")))));
        mvc.perform(get("/n/trafford/verify").param("code", "ABCD-2345"))
                .andExpect(content().string(containsString("This card is valid today")));
        String expired = jdbc.queryForObject("SELECT name FROM visits_representative WHERE verification_code = 'JKMN-4567'", String.class);
        String current = jdbc.queryForObject("SELECT name FROM visits_representative WHERE verification_code = 'ABCD-2345'", String.class);
        mvc.perform(get("/n/trafford/representatives"))
                .andExpect(content().string(allOf(containsString(current), not(containsString(expired)))));
    }

    long settingsVersion() {
        return jdbc.queryForList("SELECT version FROM visits_settings WHERE network_id = ?", Long.class, fixtures.network("trafford"))
                .stream().findFirst().orElse(0L);
    }

    @Test
    void renewalPeriodsAreTheNetworksOwnAndMoveTheLastValidDay() throws Exception {
        UUID rep = add("Rene Renewal " + UUID.randomUUID().toString().substring(0, 6), "rene-" + UUID.randomUUID() + "@example.org");
        LocalDate trained = jdbc.queryForObject("SELECT training_on FROM visits_representative WHERE id = ?", LocalDate.class, rep);
        mvc.perform(asStaff(post("/manage/representatives/settings")).param("trainingMonths", "twelve").param("checkMonths", "0")
                        .param("version", String.valueOf(settingsVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Enter a whole number of months"), containsString("twelve"))));
        try {
            mvc.perform(asStaff(post("/manage/representatives/settings")).param("trainingMonths", "12").param("checkMonths", "24")
                            .param("version", String.valueOf(settingsVersion())))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("SELECT valid_to FROM visits_representative WHERE id = ?", LocalDate.class, rep))
                    .isEqualTo(trained.plusMonths(12).minusDays(1));
        } finally {
            mvc.perform(asStaff(post("/manage/representatives/settings")).param("trainingMonths", "36").param("checkMonths", "36")
                    .param("version", String.valueOf(settingsVersion())));
        }
    }
}
