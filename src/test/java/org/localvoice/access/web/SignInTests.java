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
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class SignInTests {

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
    void signsInWithTheRightPasswordAndLandsOnTheRoleHome() throws Exception {
        TestAccounts.Created staff = testAccounts.create(Role.HOST_STAFF);
        MvcResult result = browser.signIn(staff.email(), TestAccounts.PASSWORD);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/manage");
        assertThat(browser.get("/account").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        browser.get("/sign-in");
        String before = browser.sessionId();
        assertThat(before).isNotNull();
        browser.submit("/sign-in", "email", participant.email(), "password", TestAccounts.PASSWORD);
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/account").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void locksAccountAfterFiveFailedPasswords() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        for (int i = 0; i < 4; i++) {
            assertThat(browser.signIn(participant.email(), "not-the-password-" + i).getResponse().getRedirectedUrl())
                    .isEqualTo("/sign-in?error=invalid");
        }
        assertThat(testAccounts.locked(participant.id())).isFalse();
        browser.signIn(participant.email(), "not-the-password-5");
        assertThat(testAccounts.locked(participant.id())).isTrue();

        MvcResult rightPassword = browser.signIn(participant.email(), TestAccounts.PASSWORD);
        assertThat(rightPassword.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error=locked");
        assertThat(browser.get("/account").getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void unlocksWhenTheLockoutPeriodIsOver() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        for (int i = 0; i < 5; i++) {
            browser.signIn(participant.email(), "wrong-password-" + i);
        }
        assertThat(browser.signIn(participant.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=locked");
        testAccounts.unlock(participant.id());
        assertThat(browser.signIn(participant.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
        assertThat(testAccounts.failedAttempts(participant.id())).isZero();
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        browser.signIn(participant.email(), "wrong-password-1");
        browser.signIn(participant.email(), "wrong-password-2");
        assertThat(testAccounts.failedAttempts(participant.id())).isEqualTo(2);
        new Browser(mvc).signIn(participant.email(), TestAccounts.PASSWORD);
        assertThat(testAccounts.failedAttempts(participant.id())).isZero();
    }

    @Test
    void unknownEmailGetsTheSameAnswerAsAWrongPassword() throws Exception {
        assertThat(browser.signIn("nobody@access-test.example", "whatever-password").getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=invalid");
    }

    @Test
    void signInFormNeedsACsrfToken() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        MvcResult result = browser.perform(post("/sign-in").param("email", participant.email())
                .param("password", TestAccounts.PASSWORD));
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void signOutIsAPostWithACsrfTokenAndEndsTheSession() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        browser.signIn(participant.email(), TestAccounts.PASSWORD);
        assertThat(browser.perform(post("/sign-out")).getResponse().getStatus()).isEqualTo(403);
        assertThat(browser.get("/account").getResponse().getStatus()).isEqualTo(200);

        assertThat(browser.submit("/sign-out").getResponse().getRedirectedUrl()).isEqualTo("/?signedOut");
        assertThat(browser.get("/account").getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }
}
