package org.localvoice.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in sessions live in the database, so that several app nodes share them. */
@IntegrationTest
class SharedSessionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signingInStoresTheSessionInTheDatabase() throws Exception {
        mvc.perform(post("/sign-in").with(csrf())
                        .param("email", "participant@barnet.example").param("password", "local-voice-demo"))
                .andExpect(status().is3xxRedirection());
        Integer rows = jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = 'participant@barnet.example'", Integer.class);
        assertThat(rows).isPositive();
    }
}
