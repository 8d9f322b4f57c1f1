package org.localvoice.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.access.Accounts;
import org.localvoice.access.Browser;
import org.localvoice.access.Role;
import org.localvoice.access.TestAccounts;
import org.localvoice.access.domain.ApiTokens;
import org.localvoice.support.IntegrationTest;
import org.localvoice.tenancy.Networks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiTokenTests {

    static final Pattern TOKEN = Pattern.compile("lv_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Networks networks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokens tokens;

    TestAccounts testAccounts;

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(accounts, networks, jdbc);
    }

    @Test
    void createsATokenOnTheAccountPageAndShowsItOnceOnly() throws Exception {
        TestAccounts.Created staff = testAccounts.create(Role.HOST_STAFF);
        Browser browser = new Browser(mvc);
        browser.signIn(staff.email(), TestAccounts.PASSWORD);
        assertThat(browser.submit("/account/tokens", "name", "Monthly report", "days", "30").getResponse()
                .getRedirectedUrl()).isEqualTo("/account/tokens");
        String page = browser.get("/account/tokens").getResponse().getContentAsString();
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("token shown after creation").isTrue();
        String token = m.group();
        assertThat(page).contains("Monthly report").contains("You will not be able to see it again");

        assertThat(browser.get("/account/tokens").getResponse().getContentAsString()).doesNotContain(token)
                .contains("Monthly report");
        assertThat(jdbc.queryForList("SELECT token_hash FROM access_api_token WHERE account_id = ?", String.class,
                staff.id())).singleElement().asString().hasSize(64).doesNotContain(token.substring(3));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(staff.email()))
                .andExpect(jsonPath("$.network").value("trafford"))
                .andExpect(jsonPath("$.roles").value(hasItem("HOST_STAFF")));
    }

    @Test
    void tokenFormsShowFieldErrors() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        Browser browser = new Browser(mvc);
        browser.signIn(participant.email(), TestAccounts.PASSWORD);
        String page = browser.submit("/account/tokens", "name", "", "days", "400").getResponse().getContentAsString();
        assertThat(page).contains("Enter a name for the token").contains("Enter a whole number of days from 1 to 365")
                .contains("id=\"name-error\"").contains("id=\"days-error\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_api_token WHERE account_id = ?", Integer.class,
                participant.id())).isZero();
    }

    @Test
    void meSaysWhoTheTokenBelongsTo() throws Exception {
        TestAccounts.Created admin = testAccounts.create(Role.PLATFORM_ADMIN);
        String token = tokens.issue(admin.id(), "script", 90).token();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(admin.id().toString()))
                .andExpect(jsonPath("$.name").value("Test PLATFORM_ADMIN"))
                .andExpect(jsonPath("$.network").doesNotExist())
                .andExpect(jsonPath("$.roles[0]").value("PLATFORM_ADMIN"));
    }

    @Test
    void recordsWhenATokenWasLastUsed() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        ApiTokens.Issued issued = tokens.issue(participant.id(), "script", 90);
        assertThat(lastUsed(issued)).isNull();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token())).andExpect(status().isOk());
        Timestamp first = lastUsed(issued);
        assertThat(first).isNotNull();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token())).andExpect(status().isOk());
        assertThat(lastUsed(issued)).as("at most once a minute").isEqualTo(first);
    }

    @Test
    void anExpiredTokenGetsA401Problem() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        ApiTokens.Issued issued = tokens.issue(participant.id(), "script", 1);
        jdbc.update("UPDATE access_api_token SET expires_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), issued.id());
        expectInvalidToken(issued.token());
    }

    @Test
    void aRevokedTokenGetsA401Problem() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        ApiTokens.Issued issued = tokens.issue(participant.id(), "script", 90);
        Browser browser = new Browser(mvc);
        browser.signIn(participant.email(), TestAccounts.PASSWORD);
        assertThat(browser.submit("/account/tokens/" + issued.id() + "/revoke").getResponse().getRedirectedUrl())
                .isEqualTo("/account/tokens?revoked");
        expectInvalidToken(issued.token());
        assertThat(browser.get("/account/tokens").getResponse().getContentAsString()).contains("Revoked");
    }

    @Test
    void nobodyCanRevokeAnotherPersonsToken() throws Exception {
        TestAccounts.Created owner = testAccounts.create(Role.PARTICIPANT);
        TestAccounts.Created other = testAccounts.create(Role.PARTICIPANT);
        ApiTokens.Issued issued = tokens.issue(owner.id(), "script", 90);
        Browser browser = new Browser(mvc);
        browser.signIn(other.email(), TestAccounts.PASSWORD);
        assertThat(browser.submit("/account/tokens/" + issued.id() + "/revoke").getResponse().getStatus()).isEqualTo(404);
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token())).andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountsTokenGetsA401Problem() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        ApiTokens.Issued issued = tokens.issue(participant.id(), "script", 90);
        jdbc.update("UPDATE access_account SET enabled = FALSE WHERE id = ?", participant.id());
        expectInvalidToken(issued.token());
    }

    @Test
    void anUnknownTokenGetsA401Problem() throws Exception {
        expectInvalidToken("lv_" + "A".repeat(43));
        expectInvalidToken("not-even-a-token");
    }

    @Test
    void noTokenGetsA401ProblemAndNoRedirect() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aBearerTokenDoesNotSignInToThePages() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        String token = tokens.issue(participant.id(), "script", 90).token();
        int status = mvc.perform(get("/account").header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getStatus();
        assertThat(status).isEqualTo(302);
    }

    @Test
    void invalidChangesAreProblemsListingTheFields() throws Exception {
        String token = tokenFor(Role.PARTICIPANT);
        mvc.perform(patch("/api/v1/me").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"preferredLanguage\":\"fr\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("name", "preferredLanguage")));
    }

    @Test
    void badJsonIsAProblem() throws Exception {
        String token = tokenFor(Role.PARTICIPANT);
        mvc.perform(patch("/api/v1/me").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unreadable request"));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        String token = tokens.issue(participant.id(), "script", 90).token();
        String me = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getContentAsString();
        long version = Long.parseLong(me.replaceAll(".*\"version\":(\\d+).*", "$1"));
        mvc.perform(patch("/api/v1/me").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Renamed Person\",\"preferredLanguage\":\"ur\",\"version\":" + version + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Renamed Person"))
                .andExpect(jsonPath("$.version").value(version + 1));
        mvc.perform(patch("/api/v1/me").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Second Edit\",\"preferredLanguage\":\"en\",\"version\":" + version + "}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void unknownApiAddressesAreNotFoundProblems() throws Exception {
        String token = tokenFor(Role.PARTICIPANT);
        mvc.perform(get("/api/v1/no-such-thing").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theOpenApiDescriptionDocumentsBearerTokens() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.bearerToken.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearerToken").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists());
    }

    private String tokenFor(Role role) {
        return tokens.issue(testAccounts.create(role).id(), "script", 90).token();
    }

    private Timestamp lastUsed(ApiTokens.Issued issued) {
        return jdbc.queryForObject("SELECT last_used_at FROM access_api_token WHERE id = ?", Timestamp.class, issued.id());
    }

    private void expectInvalidToken(String token) throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Invalid token"));
    }
}
