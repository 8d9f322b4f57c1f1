package org.localvoice.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.access.Accounts;
import org.localvoice.access.Browser;
import org.localvoice.access.Role;
import org.localvoice.access.TestAccounts;
import org.localvoice.support.IntegrationTest;
import org.localvoice.tenancy.Networks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccountPagesTests {

    static final String NEW_PASSWORD = "Harbour-Violet-Kettle-12";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Networks networks;
    @Autowired
    JdbcTemplate jdbc;

    TestAccounts testAccounts;
    Browser browser;

    @BeforeEach
    void setUp() {
        testAccounts = new TestAccounts(accounts, networks, jdbc);
        browser = new Browser(mvc);
    }

    @Test
    void theAccountPageShowsNameEmailRoleAndNetwork() throws Exception {
        TestAccounts.Created responder = testAccounts.create(Role.SERVICE_RESPONDER);
        browser.signIn(responder.email(), TestAccounts.PASSWORD);
        String page = browser.get("/account").getResponse().getContentAsString();
        assertThat(page).contains("Test SERVICE_RESPONDER").contains(responder.email()).contains("Service responder")
                .contains("Trafford LINk").contains("href=\"/account/password\"").contains("href=\"/account/two-factor\"")
                .contains("href=\"/account/tokens\"");
    }

    @Test
    void theAccountPageNeedsSigningIn() throws Exception {
        assertThat(browser.get("/account").getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    @Test
    void changesThePasswordWithTheCurrentOne() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        browser.signIn(participant.email(), TestAccounts.PASSWORD);
        assertThat(browser.submit("/account/password", "currentPassword", TestAccounts.PASSWORD, "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/account?passwordChanged");
        assertThat(browser.get("/account?passwordChanged").getResponse().getContentAsString())
                .contains("Your password has been changed");
        assertThat(new Browser(mvc).signIn(participant.email(), NEW_PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
    }

    @Test
    void refusesAWrongCurrentPassword() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        browser.signIn(participant.email(), TestAccounts.PASSWORD);
        String page = browser.submit("/account/password", "currentPassword", "not-my-password", "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD).getResponse().getContentAsString();
        assertThat(page).contains("Your current password is not correct").contains("href=\"#currentPassword\"");
        assertThat(new Browser(mvc).signIn(participant.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
    }

    @Test
    void refusesACommonNewPassword() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        browser.signIn(participant.email(), TestAccounts.PASSWORD);
        String page = browser.submit("/account/password", "currentPassword", TestAccounts.PASSWORD,
                "password", "qwertyuiopas", "confirmation", "qwertyuiopas").getResponse().getContentAsString();
        assertThat(page).contains("This password is too common").contains("id=\"password-error\"");
        String tooShort = browser.submit("/account/password", "currentPassword", TestAccounts.PASSWORD,
                "password", "short", "confirmation", "short").getResponse().getContentAsString();
        assertThat(tooShort).contains("Password must be at least 12 characters");
    }

    @Test
    void accountFormsNeedACsrfToken() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        browser.signIn(participant.email(), TestAccounts.PASSWORD);
        assertThat(browser.perform(post("/account/password").param("currentPassword", TestAccounts.PASSWORD)
                .param("password", NEW_PASSWORD).param("confirmation", NEW_PASSWORD)).getResponse().getStatus()).isEqualTo(403);
        assertThat(browser.perform(post("/account/tokens").param("name", "x").param("days", "5")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(browser.perform(post("/account/two-factor/turn-off").param("password", TestAccounts.PASSWORD))
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void pagesAreAlsoInUrdu() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        browser.signIn(participant.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/account?lang=ur").getResponse().getContentAsString()).contains("آپ کا اکاؤنٹ");
    }
}
