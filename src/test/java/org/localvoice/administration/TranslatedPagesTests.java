package org.localvoice.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every administration, audit and national page renders in each language with no message missing. */
@IntegrationTest
class TranslatedPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ur"})
    void pagesRenderWithEveryMessage(String lang) throws Exception {
        UUID trafford = jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = 'trafford'", UUID.class);
        UUID participant = jdbc.queryForObject("SELECT id FROM access_account WHERE email = 'participant@trafford.example'",
                UUID.class);
        UUID platformEntry = jdbc.queryForObject("SELECT id FROM audit_entry WHERE network_id IS NULL "
                + "ORDER BY occurred_at LIMIT 1", UUID.class);
        String manager = "manager@trafford.example";
        String admin = "admin@localvoice.example";
        List<MockHttpServletRequestBuilder> pages = List.of(
                get("/manage").with(users.as("staff@trafford.example")),
                get("/manage").with(users.as(manager)),
                get("/manage/people").with(users.as(manager)),
                get("/manage/people/new").with(users.as(manager)),
                get("/manage/people/" + participant).with(users.as(manager)),
                get("/manage/audit").with(users.as(manager)),
                get("/manage/audit").param("from", "not a date").param("to", "1/1/2020").with(users.as(manager)),
                get("/admin").with(users.as(admin)),
                get("/admin/networks/new").with(users.as(admin)),
                get("/admin/networks/" + trafford).with(users.as(admin)),
                get("/admin/networks/" + trafford + "/created").with(users.as(admin)),
                get("/admin/networks/" + trafford + "/edit").with(users.as(admin)),
                get("/admin/audit").with(users.as(admin)),
                get("/admin/audit/" + platformEntry).with(users.as(admin)),
                get("/national").with(users.as("national@localvoice.example")),
                post("/admin/networks").with(users.as(admin)).with(csrf()).param("slug", "-").param("hostName",
                        "x".repeat(300)).param("managerPassword", "short").param("contactEmail", "nope"),
                post("/admin/networks/" + trafford + "/edit").with(users.as(admin)).with(csrf())
                        .param("version", "garbled").param("contactEmail", "hello@trafford-link.example"),
                post("/manage/people").with(users.as(manager)).with(csrf()).param("role", "SCRUTINY_OFFICER")
                        .param("password", "password"));
        for (MockHttpServletRequestBuilder page : pages) {
            String html = mvc.perform(page.param("lang", lang)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).as("a missing message").doesNotContain("??");
            assertThat(html).contains("lang=\"" + lang + "\"");
        }
    }
}
