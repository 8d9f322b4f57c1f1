package org.localvoice.feedback.themes.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.localvoice.feedback.themes.domain.Sentiment;
import org.localvoice.feedback.themes.domain.ThemeMarks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Host staff's API for a view's themes: read what is marked (suggested or confirmed), and confirm the themes. */
@RestController
@Tag(name = "People's views (staff)", description = "Moderation queue and decisions for host staff of the token's network")
class ViewThemesApiController {

    /** A theme marked on a view: suggested by the model or confirmed by a moderator. */
    record MarkedTheme(UUID themeId, String name, String sentiment, String source) {
    }

    /** A theme the moderator decides the view is about, with what it says about it (POSITIVE, NEGATIVE or NEUTRAL). */
    record ThemeChoice(UUID themeId, String sentiment) {
    }

    /** The view's themes as decided: they replace every theme marked on it. An empty list removes them all. */
    record ThemesRequest(List<ThemeChoice> themes) {
    }

    private final ThemeMarks marks;

    ViewThemesApiController(ThemeMarks marks) {
        this.marks = marks;
    }

    @GetMapping("/api/v1/views/{id}/themes")
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "The themes marked on a view: suggested by the model or confirmed by a moderator")
    List<MarkedTheme> themes(@PathVariable UUID id) {
        view(id);
        return marks.marksOf(id).stream()
                .map(m -> new MarkedTheme(m.themeId(), m.name(), m.sentiment().name(), m.source().name())).toList();
    }

    @PutMapping("/api/v1/views/{id}/themes")
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "Confirm a view's themes: they become exactly these, confirmed by you (400 for a theme not in use)")
    List<MarkedTheme> confirm(@PathVariable UUID id, @RequestBody(required = false) ThemesRequest body) {
        view(id);
        if (body == null || body.themes() == null) {
            throw bad("Send themes: a list of {themeId, sentiment} (an empty list removes every theme).");
        }
        List<ThemeMarks.Mark> decided = new ArrayList<>();
        for (ThemeChoice choice : body.themes()) {
            if (choice == null || choice.themeId() == null) {
                throw bad("Every theme needs a themeId.");
            }
            decided.add(new ThemeMarks.Mark(choice.themeId(), sentiment(choice.sentiment())));
        }
        try {
            marks.confirm(id, decided);
        } catch (IllegalArgumentException e) {
            throw bad("Not one of the network's themes in use: " + e.getMessage().replace("Not a theme in use: ", ""));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No view " + id);
        }
        return themes(id);
    }

    /** 404 unless the view is one of the current network's. */
    private void view(UUID id) {
        if (marks.viewText(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No view " + id);
        }
    }

    private static Sentiment sentiment(String value) {
        for (Sentiment s : Sentiment.values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        throw bad("sentiment must be one of POSITIVE, NEGATIVE, NEUTRAL");
    }

    private static ErrorResponseException bad(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
