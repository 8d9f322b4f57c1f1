package org.localvoice.membership;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A visitor whose session (the LVSESSION cookie of the database-backed session) lasts across requests. */
final class Visitor {

    private final MockMvc mvc;
    private Cookie session;

    Visitor(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        if (session != null) {
            request.cookie(session);
        }
        ResultActions result = mvc.perform(request);
        Cookie set = result.andReturn().getResponse().getCookie("LVSESSION");
        if (set != null && !set.getValue().isEmpty()) {
            session = set;
        }
        return result;
    }
}
