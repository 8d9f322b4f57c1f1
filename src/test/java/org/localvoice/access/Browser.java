package org.localvoice.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A person's browser in MockMvc: keeps cookies between requests, so the real (JDBC-backed) session,
 * form sign-in and the second factor are exercised end to end.
 */
public final class Browser {

    public static final String SESSION_COOKIE = "LVSESSION";

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public Browser(MockMvc mvc) {
        this.mvc = mvc;
    }

    public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request).andReturn();
        keepCookies(result.getResponse());
        return result;
    }

    public MvcResult get(String url) throws Exception {
        return perform(MockMvcRequestBuilders.get(url));
    }

    /** Submits a form with a valid CSRF token. */
    public MvcResult submit(String url, String... nameValuePairs) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            request.param(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return perform(request);
    }

    /** Signs in with a password (first factor); returns the response (a redirect). */
    public MvcResult signIn(String email, String password) throws Exception {
        get("/sign-in");
        return submit("/sign-in", "email", email, "password", password);
    }

    public String sessionId() {
        Cookie cookie = cookies.get(SESSION_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    private void keepCookies(MockHttpServletResponse response) {
        for (Cookie cookie : response.getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
    }
}
