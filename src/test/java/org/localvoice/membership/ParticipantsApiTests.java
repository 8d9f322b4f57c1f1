package org.localvoice.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
class ParticipantsApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffListReadAndCreateParticipantsOfTheirOwnNetwork() throws Exception {
        String staff = "Bearer " + users.bearerToken("staff@trafford.example");
        mvc.perform(get("/api/v1/participants").param("q", "pat").header("Authorization", staff))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].name").value("Pat Participant"));
        String name = "Api Added " + UUID.randomUUID();
        String location = mvc.perform(post("/api/v1/participants").header("Authorization", staff).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PERSON\",\"name\":\"" + name + "\",\"email\":\"api@example.org\",\"byEmail\":true,"
                                + "\"interests\":[\"Dentists\"]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).header("Authorization", staff)).andExpect(status().isOk())
                .andExpect(jsonPath("$.contact.email").value("api@example.org")).andExpect(jsonPath("$.interests[0]").value("dentists"));
        mvc.perform(get(location).header("Authorization", "Bearer " + users.bearerToken("staff@barnet.example")))
                .andExpect(status().isNotFound()).andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    @Test
    void badInputGivesProblemDetailsNamingEachFieldAndOtherRolesAreRefused() throws Exception {
        String staff = "Bearer " + users.bearerToken("staff@trafford.example");
        mvc.perform(post("/api/v1/participants").header("Authorization", staff).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"ORGANISATION\",\"name\":\"\",\"email\":\"nope\",\"byEmail\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(content().string(containsString("organisationKind")))
                .andExpect(content().string(containsString("Enter an email address in the correct format")));
        mvc.perform(get("/api/v1/participants").header("Authorization", "Bearer " + users.bearerToken("participant@trafford.example")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM membership_participant WHERE display_name = ''", Integer.class)).isZero();
    }
}
