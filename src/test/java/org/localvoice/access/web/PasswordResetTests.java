package org.localvoice.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
class PasswordResetTests {

    static final Pattern LINK = Pattern.compile("(\\S+)/password/reset\\?token=([A-Za-z0-9_-]+)");
    static final String NEW_PASSWORD = "Marble-Otter-Lantern-77";

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
    void resetsThePasswordThroughTheEmailedLinkEndToEnd() throws Exception {
        TestAccounts.Created account = testAccounts.create(Role.GOVERNING_MEMBER);
        assertThat(browser.submit("/password/forgotten", "email", account.email()).getResponse().getRedirectedUrl())
                .isEqualTo("/password/forgotten/sent");
        String token = tokenFromOutbox(account.email());

        MvcResult form = browser.get("/password/reset?token=" + token);
        assertThat(form.getResponse().getContentAsString()).contains("name=\"token\"").contains(token);

        MvcResult saved = browser.submit("/password/reset", "token", token, "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?reset");

        assertThat(new Browser(mvc).signIn(account.email(), TestAccounts.PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/sign-in?error=invalid");
        assertThat(new Browser(mvc).signIn(account.email(), NEW_PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
        assertThat(outboxSubjects(account.email())).contains("Your Local Voice password has been changed");
    }

    @Test
    void storesOnlyTheHashOfTheToken() throws Exception {
        TestAccounts.Created account = testAccounts.create(Role.PARTICIPANT);
        browser.submit("/password/forgotten", "email", account.email());
        String token = tokenFromOutbox(account.email());
        List<String> hashes = jdbc.queryForList("SELECT token_hash FROM access_password_reset WHERE account_id = ?",
                String.class, account.id());
        assertThat(hashes).hasSize(1).first().asString().hasSize(64).isNotEqualTo(token).doesNotContain(token);
    }

    @Test
    void aLinkWorksOnceOnly() throws Exception {
        TestAccounts.Created account = testAccounts.create(Role.PARTICIPANT);
        browser.submit("/password/forgotten", "email", account.email());
        String token = tokenFromOutbox(account.email());
        browser.submit("/password/reset", "token", token, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);

        assertThat(browser.get("/password/reset?token=" + token).getResponse().getContentAsString())
                .contains("This link does not work");
        MvcResult again = browser.submit("/password/reset", "token", token, "password", "Another-Fine-Phrase-9",
                "confirmation", "Another-Fine-Phrase-9");
        assertThat(again.getResponse().getContentAsString()).contains("This link does not work");
        assertThat(new Browser(mvc).signIn(account.email(), NEW_PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
    }

    @Test
    void aNewLinkReplacesTheOlderOne() throws Exception {
        TestAccounts.Created account = testAccounts.create(Role.PARTICIPANT);
        browser.submit("/password/forgotten", "email", account.email());
        String first = tokenFromOutbox(account.email());
        browser.submit("/password/forgotten", "email", account.email());
        String second = tokenFromOutbox(account.email());
        assertThat(second).isNotEqualTo(first);
        assertThat(browser.get("/password/reset?token=" + first).getResponse().getContentAsString())
                .contains("This link does not work");
        assertThat(browser.get("/password/reset?token=" + second).getResponse().getContentAsString())
                .contains("Choose a new password");
    }

    @Test
    void anExpiredLinkDoesNotWork() throws Exception {
        TestAccounts.Created account = testAccounts.create(Role.PARTICIPANT);
        browser.submit("/password/forgotten", "email", account.email());
        String token = tokenFromOutbox(account.email());
        jdbc.update("UPDATE access_password_reset SET expires_at = created_at WHERE account_id = ?", account.id());
        assertThat(browser.get("/password/reset?token=" + token).getResponse().getContentAsString())
                .contains("This link does not work");
        MvcResult attempt = browser.submit("/password/reset", "token", token, "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD);
        assertThat(attempt.getResponse().getContentAsString()).contains("This link does not work");
    }

    @Test
    void givesTheSameAnswerForAnUnknownAddressAndSendsNothing() throws Exception {
        String unknown = "nobody-" + System.nanoTime() + "@access-test.example";
        assertThat(browser.submit("/password/forgotten", "email", unknown).getResponse().getRedirectedUrl())
                .isEqualTo("/password/forgotten/sent");
        assertThat(outboxSubjects(unknown)).isEmpty();
    }

    @Test
    void sendsNoMoreThanThreeLinksAnHour() throws Exception {
        TestAccounts.Created account = testAccounts.create(Role.PARTICIPANT);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.submit("/password/forgotten", "email", account.email()).getResponse().getRedirectedUrl())
                    .isEqualTo("/password/forgotten/sent");
        }
        assertThat(outboxSubjects(account.email())).hasSize(3);
    }

    @Test
    void rejectsACommonPasswordWithAFieldError() throws Exception {
        TestAccounts.Created account = testAccounts.create(Role.PARTICIPANT);
        browser.submit("/password/forgotten", "email", account.email());
        String token = tokenFromOutbox(account.email());
        String page = browser.submit("/password/reset", "token", token, "password", "Password1234",
                "confirmation", "Password1234").getResponse().getContentAsString();
        assertThat(page).contains("This password is too common").contains("id=\"password-error\"")
                .contains("href=\"#password\"").contains("govuk-input--error");
        assertThat(browser.get("/password/reset?token=" + token).getResponse().getContentAsString())
                .contains("Choose a new password");
    }

    @Test
    void asksForTheSamePasswordTwice() throws Exception {
        TestAccounts.Created account = testAccounts.create(Role.PARTICIPANT);
        browser.submit("/password/forgotten", "email", account.email());
        String token = tokenFromOutbox(account.email());
        String page = browser.submit("/password/reset", "token", token, "password", NEW_PASSWORD,
                "confirmation", NEW_PASSWORD + "x").getResponse().getContentAsString();
        assertThat(page).contains("The passwords do not match").contains("id=\"confirmation-error\"");
    }

    @Test
    void aResetLiftsALockout() throws Exception {
        TestAccounts.Created account = testAccounts.create(Role.PARTICIPANT);
        for (int i = 0; i < 5; i++) {
            browser.signIn(account.email(), "wrong-password-" + i);
        }
        assertThat(testAccounts.locked(account.id())).isTrue();
        browser.submit("/password/forgotten", "email", account.email());
        String token = tokenFromOutbox(account.email());
        browser.submit("/password/reset", "token", token, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);
        assertThat(testAccounts.locked(account.id())).isFalse();
        assertThat(new Browser(mvc).signIn(account.email(), NEW_PASSWORD).getResponse().getRedirectedUrl())
                .isEqualTo("/account");
    }

    @Test
    void theEmailFormShowsFieldErrorsAndNeedsACsrfToken() throws Exception {
        assertThat(browser.submit("/password/forgotten", "email", "").getResponse().getContentAsString())
                .contains("Enter your email address").contains("id=\"email-error\"");
        assertThat(browser.submit("/password/forgotten", "email", "not-an-address").getResponse().getContentAsString())
                .contains("Enter an email address in the correct format");
        assertThat(browser.perform(post("/password/forgotten").param("email", "x@y.example")).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(browser.perform(post("/password/reset").param("token", "x")).getResponse().getStatus())
                .isEqualTo(403);
    }

    private String tokenFromOutbox(String email) {
        List<String> bodies = jdbc.queryForList("SELECT body FROM notifications_outbox WHERE recipient = ? "
                + "AND subject = 'Reset your Local Voice password' ORDER BY created_at DESC, id DESC", String.class, email);
        assertThat(bodies).isNotEmpty();
        Matcher m = LINK.matcher(bodies.get(0));
        assertThat(m.find()).as("reset link in %s", bodies.get(0)).isTrue();
        return m.group(2);
    }

    private List<String> outboxSubjects(String email) {
        return jdbc.queryForList("SELECT subject FROM notifications_outbox WHERE recipient = ?", String.class, email);
    }
}
