package org.localvoice.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Tells API requests (answered with problem details, never HTML) from page requests. */
final class ApiRequests {

    static final String PREFIX = "/api/v1";

    private ApiRequests() {
    }

    static boolean isApi(HttpServletRequest request) {
        String path = originalPath(request);
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    /**
     * The path the client asked for, without the context path: on an error dispatch the request's own
     * URI is the error page's, so the original one is read from the error attributes.
     */
    static String originalPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
