package org.localvoice.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/** An error on an API address as an RFC 9457 problem document: status, title and the address only. */
final class ProblemView implements View {

    private final JsonMapper json;
    private final HttpStatus status;
    private final String path;

    ProblemView(JsonMapper json, HttpStatus status, String path) {
        this.json = json;
        this.status = status;
        this.path = path;
    }

    @Override
    public String getContentType() {
        return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("instance", path);
        response.setStatus(status.value());
        response.setContentType(getContentType());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
