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
}
