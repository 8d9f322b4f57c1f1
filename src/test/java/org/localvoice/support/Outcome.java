package org.localvoice.support;

import java.net.URI;
import java.util.Locale;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What a caller gets from an endpoint, as the role matrix writes it: {@code ok} (2xx, or a redirect
 * anywhere but the sign-in page), {@code signin} (redirect to {@code /sign-in...}, or 401 on the API),
 * {@code forbidden} (403), {@code notfound} (404), {@code bad} (400). Any other status (405, 409, 5xx...)
 * is {@code status-NNN}, which no matrix cell can expect: fix the endpoint.
 */
public final class Outcome {

    public static final String OK = "ok";
    public static final String SIGNIN = "signin";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOTFOUND = "notfound";
    public static final String BAD = "bad";
    public static final java.util.List<String> EXPECTABLE = java.util.List.of(OK, SIGNIN, FORBIDDEN, NOTFOUND, BAD);

    private Outcome() {
    }

    public static String of(MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status >= 300 && status < 400) {
            return toSignIn(response) ? SIGNIN : OK;
        }
        if (status >= 200 && status < 300) {
            return OK;
        }
        return switch (status) {
            case 401 -> SIGNIN;
            case 403 -> FORBIDDEN;
            case 404 -> NOTFOUND;
            case 400 -> BAD;
            default -> "status-" + status;
        };
    }

    /** Whether the response is a redirect to the sign-in page. */
    public static boolean toSignIn(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        if (location == null) {
            location = response.getHeader("Location");
        }
        if (location == null) {
            return false;
        }
        String path = URI.create(location).getPath();
        return path != null && path.toLowerCase(Locale.ROOT).startsWith("/sign-in");
    }

    /** {@code 302 -> /sign-in} or {@code 404}: for messages. */
    public static String describe(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() + (location == null ? "" : " -> " + location);
    }
}
