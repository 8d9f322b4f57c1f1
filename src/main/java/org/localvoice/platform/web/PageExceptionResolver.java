package org.localvoice.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.annotation.ResponseStatusExceptionResolver;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

/**
 * On pages, Spring MVC's own exceptions (no such page, wrong method, a {@code ResponseStatusException}
 * thrown by a controller, a malformed parameter) become the status code alone, so that the friendly
 * error page is shown ({@link ErrorPages}) rather than a problem-details document meant for the API.
 * API requests are left to the API's exception handlers.
 */
@Component
class PageExceptionResolver implements HandlerExceptionResolver, Ordered {

    private final ResponseStatusExceptionResolver annotated = new ResponseStatusExceptionResolver();
    private final DefaultHandlerExceptionResolver standard = new DefaultHandlerExceptionResolver();

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (ApiRequests.isApi(request)) {
            return null;
        }
        ModelAndView resolved = annotated.resolveException(request, response, handler, ex);
        return resolved != null ? resolved : standard.resolveException(request, response, handler, ex);
    }

    /** After Boot's error attributes (which record the exception), before the MVC exception handlers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
