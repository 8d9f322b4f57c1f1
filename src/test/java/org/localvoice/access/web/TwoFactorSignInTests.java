package org.localvoice.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.access.Accounts;
import org.localvoice.access.Browser;
import org.localvoice.access.Role;
import org.localvoice.access.TestAccounts;
import org.localvoice.access.domain.Totp;
import org.localvoice.support.IntegrationTest;
import org.localvoice.tenancy.Networks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class TwoFactorSignInTests {

    static final String SECRET = "JBSWY3DPEHPK3PXP";

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

    static String currentCode(String secret) {
        return Totp.code(secret, Totp.stepAt(Instant.now()));
    }

    @Test
    void aHostManagerNeedsTheCodeAsWellAsThePasswordToReachManage() throws Exception {
        TestAccounts.Created manager = testAccounts.createWithTotp(Role.HOST_MANAGER, SECRET);
        assertThat(browser.signIn(manager.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in/two-factor");
        String pendingSession = browser.sessionId();

        assertThat(browser.get("/manage").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/two-factor");
        assertThat(browser.get("/account").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/two-factor");
        assertThat(browser.get("/sign-in/two-factor").getResponse().getContentAsString())
                .contains("Enter your security code").doesNotContain("Signed in as");

        MvcResult verified = browser.submit("/sign-in/two-factor", "code", currentCode(SECRET));
        assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/manage");
        assertThat(browser.sessionId()).isNotEqualTo(pendingSession);
        int manage = browser.get("/manage").getResponse().getStatus();
        assertThat(manage).isNotIn(302, 401, 403);
        assertThat(browser.get("/account").getResponse().getStatus()).isEqualTo(200);
        assertThat(browser.get("/sign-in/two-factor").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theSameCodeCannotBeUsedTwice() throws Exception {
        TestAccounts.Created manager = testAccounts.createWithTotp(Role.HOST_MANAGER, SECRET);
        String code = currentCode(SECRET);
        browser.signIn(manager.email(), TestAccounts.PASSWORD);
        assertThat(browser.submit("/sign-in/two-factor", "code", code).getResponse().getRedirectedUrl()).isEqualTo("/manage");

        Browser attacker = new Browser(mvc);
        attacker.signIn(manager.email(), TestAccounts.PASSWORD);
        MvcResult replay = attacker.submit("/sign-in/two-factor", "code", code);
        assertThat(replay.getResponse().getStatus()).isEqualTo(200);
        assertThat(replay.getResponse().getContentAsString())
                .contains("The code is not correct or has already been used").contains("id=\"code-error\"");
        assertThat(attacker.get("/manage").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/two-factor");
    }

    @Test
    void wrongCodesCountTowardsTheLockout() throws Exception {
        TestAccounts.Created manager = testAccounts.createWithTotp(Role.HOST_MANAGER, SECRET);
        browser.signIn(manager.email(), TestAccounts.PASSWORD);
        String wrong = "000000".equals(currentCode(SECRET)) ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThat(browser.submit("/sign-in/two-factor", "code", wrong).getResponse().getStatus()).isEqualTo(200);
        }
        MvcResult fifth = browser.submit("/sign-in/two-factor", "code", wrong);
        assertThat(fifth.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error=locked");
        assertThat(testAccounts.locked(manager.id())).isTrue();
        assertThat(new Browser(mvc).signIn(manager.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=locked");
    }

    @Test
    void aRoleThatRequiresTwoFactorMustSetItUpBeforeSigningIn() throws Exception {
        TestAccounts.Created manager = testAccounts.create(Role.HOST_MANAGER);
        assertThat(browser.signIn(manager.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in/two-factor/setup");
        assertThat(browser.get("/manage").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/two-factor");
        assertThat(browser.get("/sign-in/two-factor").getResponse().getRedirectedUrl()).isEqualTo("/sign-in/two-factor/setup");

        String page = browser.get("/sign-in/two-factor/setup").getResponse().getContentAsString();
        Matcher uri = Pattern.compile("otpauth://totp/[^\"<]*secret=([A-Z2-7]+)").matcher(page);
        assertThat(uri.find()).isTrue();
        String secret = uri.group(1);
        assertThat(page).contains(Totp.grouped(secret));

        String wrong = "000000".equals(currentCode(secret)) ? "111111" : "000000";
        assertThat(browser.submit("/sign-in/two-factor/setup", "code", wrong).getResponse().getContentAsString())
                .contains("The code is not correct").contains(Totp.grouped(secret));

        MvcResult confirmed = browser.submit("/sign-in/two-factor/setup", "code", currentCode(secret));
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/manage");
        assertThat(browser.get("/account").getResponse().getContentAsString()).contains("Two-factor sign-in");

        Browser later = new Browser(mvc);
        assertThat(later.signIn(manager.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in/two-factor");
    }

    @Test
    void aParticipantWithoutTwoFactorSignsInWithThePasswordAlone() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        assertThat(browser.signIn(participant.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
    }

    @Test
    void aParticipantCanTurnTwoFactorOnAndOffWithThePassword() throws Exception {
        TestAccounts.Created participant = testAccounts.create(Role.PARTICIPANT);
        browser.signIn(participant.email(), TestAccounts.PASSWORD);
        String page = browser.get("/account/two-factor/setup").getResponse().getContentAsString();
        Matcher uri = Pattern.compile("secret=([A-Z2-7]+)").matcher(page);
        assertThat(uri.find()).isTrue();
        String secret = uri.group(1);
        assertThat(browser.submit("/account/two-factor/setup", "code", currentCode(secret)).getResponse().getRedirectedUrl())
                .isEqualTo("/account/two-factor?enabled");

        Browser next = new Browser(mvc);
        assertThat(next.signIn(participant.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in/two-factor");

        assertThat(browser.submit("/account/two-factor/turn-off", "password", "wrong-password-here")
                .getResponse().getContentAsString()).contains("Your password is not correct");
        assertThat(browser.submit("/account/two-factor/turn-off", "password", TestAccounts.PASSWORD)
                .getResponse().getRedirectedUrl()).isEqualTo("/account/two-factor?disabled");
        assertThat(new Browser(mvc).signIn(participant.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
    }

    @Test
    void aHostManagerCannotTurnTwoFactorOff() throws Exception {
        TestAccounts.Created manager = testAccounts.createWithTotp(Role.HOST_MANAGER, SECRET);
        browser.signIn(manager.email(), TestAccounts.PASSWORD);
        browser.submit("/sign-in/two-factor", "code", currentCode(SECRET));
        assertThat(browser.get("/account/two-factor").getResponse().getContentAsString())
                .contains("Your role needs two-factor sign-in, so it cannot be turned off")
                .doesNotContain("/account/two-factor/turn-off");
        browser.submit("/account/two-factor/turn-off", "password", TestAccounts.PASSWORD);
        assertThat(new Browser(mvc).signIn(manager.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in/two-factor");
    }
}
