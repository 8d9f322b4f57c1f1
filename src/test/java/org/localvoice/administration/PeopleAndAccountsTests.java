package org.localvoice.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.access.domain.AccountUserDetailsService;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PeopleAndAccountsTests {

    static final String MANAGER = "manager@trafford.example";
    static final String PASSWORD = "plum tugboat cinder meadow";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountUserDetailsService userDetails;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void listsOnlyTheManagersOwnNetworksAccounts() throws Exception {
        mvc.perform(get("/manage/people").with(users.as(MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("participant@trafford.example")))
                .andExpect(content().string(containsString("Local authority contract manager")))
                .andExpect(content().string(not(containsString("@barnet.example"))))
                .andExpect(content().string(not(containsString("national@localvoice.example"))));
    }

    @Test
    void anotherNetworksAccountIsNotFound() throws Exception {
        UUID barnet = accountId("participant@barnet.example");
        mvc.perform(get("/manage/people/" + barnet).with(users.as(MANAGER))).andExpect(status().isNotFound());
        mvc.perform(post("/manage/people/" + barnet + "/disable").with(users.as(MANAGER)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT enabled FROM access_account WHERE id = ?", Boolean.class, barnet)).isTrue();
        mvc.perform(get("/manage/people/" + accountId("participant@trafford.example")).with(users.as(MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pat Participant")));
    }

    @Test
    void onlyHostManagersManagePeople() throws Exception {
        for (String who : new String[] {"staff@trafford.example", "participant@trafford.example", "admin@localvoice.example"}) {
            mvc.perform(get("/manage/people").with(users.as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/manage/people").with(users.as(who)).with(csrf()).param("displayName", "X"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void addsAnAccountToTheManagersNetwork() throws Exception {
        String email = "responder-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/manage/people").with(users.as(MANAGER)).with(csrf())
                        .param("displayName", "Robin Responder")
                        .param("email", email)
                        .param("role", "SERVICE_RESPONDER")
                        .param("organisation", "Trafford General Hospital")
                        .param("password", PASSWORD))
                .andExpect(redirectedUrlPattern("/manage/people/*"));
        var account = jdbc.queryForMap("SELECT * FROM access_account WHERE email = ?", email);
        assertThat(account.get("network_id")).isEqualTo(networkId("trafford"));
        assertThat(account.get("linked_organisation")).isEqualTo("Trafford General Hospital");
        assertThat(jdbc.queryForObject("SELECT role FROM access_account_role WHERE account_id = ?", String.class,
                account.get("id"))).isEqualTo("SERVICE_RESPONDER");
    }

    @Test
    void addingAnAccountShowsFieldErrorsAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/manage/people").with(users.as(MANAGER)).with(csrf())
                        .param("displayName", "Casey Contract")
                        .param("email", "participant@trafford.example")
                        .param("role", "CONTRACT_MANAGER")
                        .param("password", "password123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An account already uses this email address")))
                .andExpect(content().string(containsString("Enter the organisation the person acts for")))
                .andExpect(content().string(containsString("href=\"#organisation\"")))
                .andExpect(content().string(containsString("value=\"Casey Contract\"")))
                .andExpect(content().string(containsString("value=\"CONTRACT_MANAGER\" checked=\"checked\"")))
                .andExpect(content().string(not(containsString("value=\"password123\""))));
    }

    @Test
    void aManagerCannotGiveANationalRole() throws Exception {
        mvc.perform(post("/manage/people").with(users.as(MANAGER)).with(csrf())
                        .param("displayName", "Would-be Admin")
                        .param("email", "wouldbe-" + UUID.randomUUID() + "@example.org")
                        .param("role", "PLATFORM_ADMIN")
                        .param("password", PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the person’s role")));
    }

    @Test
    void disablingAnAccountStopsItsSignInAndEnablingRestoresIt() throws Exception {
        String email = "leaver-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/manage/people").with(users.as(MANAGER)).with(csrf())
                .param("displayName", "Lee Leaver").param("email", email).param("role", "PARTICIPANT")
                .param("password", PASSWORD)).andExpect(status().is3xxRedirection());
        UUID id = accountId(email);
        assertThat(passwordAccepted(email)).isTrue();

        mvc.perform(post("/manage/people/" + id + "/disable").with(users.as(MANAGER)).with(csrf()))
                .andExpect(redirectedUrl("/manage/people/" + id));
        assertThat(passwordAccepted(email)).isFalse();
        signIn(email).andExpect(redirectedUrl("/sign-in?error=invalid"));
        mvc.perform(get("/manage/people/" + id).with(users.as(MANAGER)))
                .andExpect(content().string(containsString("Disabled")))
                .andExpect(content().string(containsString("Enable account")));

        mvc.perform(post("/manage/people/" + id + "/enable").with(users.as(MANAGER)).with(csrf()))
                .andExpect(redirectedUrl("/manage/people/" + id));
        assertThat(passwordAccepted(email)).isTrue();
    }

    @Test
    void aManagerCannotDisableTheirOwnAccount() throws Exception {
        UUID self = accountId(MANAGER);
        mvc.perform(post("/manage/people/" + self + "/disable").with(users.as(MANAGER)).with(csrf()))
                .andExpect(redirectedUrl("/manage/people/" + self));
        assertThat(jdbc.queryForObject("SELECT enabled FROM access_account WHERE id = ?", Boolean.class, self)).isTrue();
    }

    /**
     * Whether sign-in would accept the password: the same user details and encoder as the sign-in form.
     * (A successful form sign-in cannot run here yet: it needs CurrentUser to be Serializable for the
     * JDBC session, which the access branch brings; the refused sign-in is tested through the form.)
     */
    private boolean passwordAccepted(String email) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(encoder);
        try {
            provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD));
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String email) throws Exception {
        return mvc.perform(post("/sign-in").param("email", email).param("password", PASSWORD).with(csrf()));
    }

    private UUID accountId(String email) {
        return jdbc.queryForObject("SELECT id FROM access_account WHERE email = ?", UUID.class, email);
    }

    private UUID networkId(String slug) {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = ?", UUID.class, slug);
    }
}
