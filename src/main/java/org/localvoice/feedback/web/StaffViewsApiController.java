package org.localvoice.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.UUID;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.feedback.domain.Experience;
import org.localvoice.feedback.domain.Experiences;
import org.localvoice.feedback.domain.Moderation;
import org.localvoice.shared.PageRequestParams;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Host staff's views API: the moderation queue, one view, and a moderation decision (409 when stale). */
@RestController
@Tag(name = "People's views (staff)", description = "Moderation queue and decisions for host staff of the token's network")
class StaffViewsApiController {

    private final Experiences experiences;
    private final Moderation moderation;

    StaffViewsApiController(Experiences experiences, Moderation moderation) {
        this.experiences = experiences;
        this.moderation = moderation;
    }

    @GetMapping("/api/v1/views")
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "The moderation queue, newest first (views with an open safeguarding concern are not listed)")
    ViewDtos.Page<ViewDtos.StaffView> queue(@RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ViewStatus filter = null;
        if (status != null && !status.isBlank()) {
            filter = Arrays.stream(ViewStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                    .orElseThrow(() -> bad("status must be one of " + Arrays.toString(ViewStatus.values())));
        }
        return ViewDtos.Page.of(experiences.queue(filter, PageRequestParams.of(page, size, ModerationController.NEWEST)),
                ViewDtos.StaffView::of);
    }

    @GetMapping("/api/v1/views/{id}")
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "One view of the network (the working text; never the person or the text as first given)")
    ViewDtos.StaffView one(@PathVariable UUID id) {
        return ViewDtos.StaffView.of(find(id));
    }

    @PostMapping("/api/v1/views/{id}/moderation")
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "Publish, hold or reject a view with its redacted text; send the version you read (409 when stale)")
    ViewDtos.StaffView moderate(@PathVariable UUID id, @RequestBody(required = false) ViewDtos.ModerationRequest body) {
        Experience view = find(id);
        if (body == null) {
            throw bad("Send decision, text, version and (to reject) reason.");
        }
        ModerationForm form = new ModerationForm();
        form.setDecision(body.decision());
        form.setText(body.text());
        form.setReason(body.reason());
        org.springframework.validation.BeanPropertyBindingResult errors =
                new org.springframework.validation.BeanPropertyBindingResult(form, "moderation");
        form.validate(errors);
        if (errors.hasErrors() || body.version() == null) {
            throw bad("Invalid fields: " + (body.version() == null ? "version " : "")
                    + String.join(" ", errors.getFieldErrors().stream().map(e -> e.getField()).toList()));
        }
        if (view.isSafeguardingOpen() && form.decisionValue() == Moderation.Decision.PUBLISH) {
            throw bad("A view with an open safeguarding concern cannot be published.");
        }
        Experience saved = moderation.decide(id, body.version(), form.decisionValue(), body.text().trim(), form.cleanReason());
        return ViewDtos.StaffView.of(saved);
    }

    private Experience find(UUID id) {
        return experiences.find(id).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND, "No view " + id));
    }

    private static ErrorResponseException bad(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
