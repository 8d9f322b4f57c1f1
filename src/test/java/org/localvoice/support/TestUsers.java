package org.localvoice.support;

import java.lang.reflect.Method;
import java.util.UUID;
import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.domain.AccountUserDetailsService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as a demo account (see DemoData), past the password and second factor. */
@Component
public class TestUsers {

    private static final String API_TOKENS = "org.localvoice.access.domain.ApiTokens";

    private final AccountUserDetailsService users;
    private final ApplicationContext context;

    public TestUsers(AccountUserDetailsService users, ApplicationContext context) {
        this.users = users;
        this.context = context;
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
     * A new personal access token (for {@code Authorization: Bearer ...}) of a demo account, lasting a
     * day. Issued through the access module's token store (class {@code access.domain.ApiTokens}, method
     * {@code issue(accountId, name, days)} returning a record with {@code token()}); looked up by name so
     * that this support class compiles before that store exists. Fails with a clear message otherwise.
     */
    public String bearerToken(String email) {
        Object store;
        try {
            store = context.getBean(Class.forName(API_TOKENS));
        } catch (ClassNotFoundException | org.springframework.beans.BeansException e) {
            throw new UnsupportedOperationException("No " + API_TOKENS + " bean: wire TestUsers.bearerToken to the API token store", e);
        }
        UUID accountId = ((AccountPrincipal) users.loadUserByUsername(email)).user().accountId();
        try {
            Method issue = store.getClass().getMethod("issue", UUID.class, String.class, int.class);
            Object issued = issue.invoke(store, accountId, "test token", 1);
            return (String) issued.getClass().getMethod("token").invoke(issued);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("TestUsers.bearerToken no longer matches the API token store: " + e, e);
        }
    }
}
