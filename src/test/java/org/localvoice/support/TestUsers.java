package org.localvoice.support;

import org.localvoice.access.domain.AccountUserDetailsService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as a demo account (see DemoData), past the password and second factor. */
@Component
public class TestUsers {

    private final AccountUserDetailsService users;

    public TestUsers(AccountUserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String email) {
        UserDetails principal = users.loadUserByUsername(email);
        return SecurityMockMvcRequestPostProcessors.user(principal);
    }

    /** No one signed in (for symmetry in loops over callers). */
    public RequestPostProcessor anonymous() {
        return SecurityMockMvcRequestPostProcessors.anonymous();
    }

    /** A valid CSRF token on a POST, PUT, PATCH or DELETE. */
    public static RequestPostProcessor csrf() {
        return SecurityMockMvcRequestPostProcessors.csrf();
    }

    /**
     * A personal access token for the API ({@code Authorization: Bearer ...}) of a demo account.
     * Hook for the token store of the access module: until it is wired here, tests that need a token
     * fail with this message (they only ask once {@code /api/v1/me} exists).
     */
    public String bearerToken(String email) {
        throw new UnsupportedOperationException("TestUsers.bearerToken is not wired to the API token store yet: "
                + "issue a personal access token for " + email + " through the access module's facade and return it");
    }
}
