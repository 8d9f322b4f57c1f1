package org.localvoice.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.localvoice.access.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The callers of app-wide tests: {@code anonymous} and one demo account per {@link Role}, and a way to
 * call an endpoint as one of them (with a CSRF token on anything but GET, and no body).
 */
@Component
public class Callers {

    public static final String ANONYMOUS = "anonymous";

    private final TestUsers users;
    private final TenantData data;
    private final WebApplicationContext context;
    private final ObjectProvider<MockMvcBuilderCustomizer> customizers;
    private MockMvc quiet;

    public Callers(TestUsers users, TenantData data, WebApplicationContext context,
            ObjectProvider<MockMvcBuilderCustomizer> customizers) {
        this.users = users;
        this.data = data;
        this.context = context;
        this.customizers = customizers;
    }

    /**
     * MockMvc as {@code @AutoConfigureMockMvc} builds it (the same filters), except that it does not
     * print every request of a failed test: app-wide tests make hundreds and report their own findings.
     */
    public synchronized MockMvc mvc() {
        if (quiet == null) {
            DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
            customizers.orderedStream().filter(c -> !(c instanceof SpringBootMockMvcBuilderCustomizer))
                    .forEach(c -> c.customize(builder));
            SpringBootMockMvcBuilderCustomizer boot = new SpringBootMockMvcBuilderCustomizer(context);
            boot.setAddFilters(true);
            boot.setPrint(MockMvcPrint.NONE);
            boot.customize(builder);
            quiet = builder.build();
        }
        return quiet;
    }

    /** {@code anonymous} first, then each role's demo account (network roles from {@code network}). */
    public Map<String, RequestPostProcessor> of(UUID network, boolean includeNationalRoles) {
        Map<String, RequestPostProcessor> callers = new LinkedHashMap<>();
        callers.put(ANONYMOUS, users.anonymous());
        for (Role role : Role.values()) {
            if (role.networkScoped() || includeNationalRoles) {
                callers.put(role.name(), users.as(data.accountWith(role, network)));
            }
        }
        return callers;
    }

    /**
     * Calls {@code url} as {@code caller}. An exception that escapes the application (which a real
     * server would turn into a 500 page) comes back as a response with status 500 and the exception
     * as its body, so that loops over many endpoints can report it with the rest.
     */
    public MockHttpServletResponse call(String method, String url, RequestPostProcessor caller) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url).with(caller);
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            request.with(TestUsers.csrf());
        }
        try {
            return mvc().perform(request).andReturn().getResponse();
        } catch (Exception e) {
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(500);
            try {
                failed.getWriter().write("Unhandled " + e);
            } catch (java.io.IOException ignored) {
                // the mock response cannot fail to write
            }
            return failed;
        }
    }

    /** The body as text (UTF-8). */
    public static String body(MockHttpServletResponse response) {
        try {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
