package org.localvoice.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chooses the error page: {@code error/<status>.html} when there is one (403, 404, 500), otherwise the
 * generic {@code error.html}. API requests never get a page: they get an RFC 9457 problem document,
 * whatever the client accepts.
 */
@Component
class ErrorPages implements ErrorViewResolver, Ordered {

    private final Set<String> pages = templates();
    private final JsonMapper json;

    ErrorPages(JsonMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (ApiRequests.isApi(request)) {
            ModelAndView problem = new ModelAndView(new ProblemView(json, status, ApiRequests.originalPath(request)));
            problem.setStatus(status);
            return problem;
        }
        String page = String.valueOf(status.value());
        if (pages.contains(page)) {
            return new ModelAndView("error/" + page, model, status);
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static Set<String> templates() {
        try {
            Set<String> names = new TreeSet<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/error/*.html")) {
                String file = r.getFilename();
                if (file != null) {
                    names.add(file.substring(0, file.length() - ".html".length()));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
