package org.localvoice.feedback.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.localvoice.feedback.domain.Experiences;
import org.localvoice.feedback.insight.domain.Replies;
import org.localvoice.feedback.insight.domain.Reply;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Services' public replies to views, by API: staff read a view's replies; a service responder replies to a view. */
@RestController
@Tag(name = "Service replies", description = "Public replies of services to published views")
class RepliesApiController {

    /** A service's public reply to a view. */
    record ReplyDto(UUID viewId, String providerName, String text, Instant repliedAt, int daysToReply) {

        static ReplyDto of(Reply r) {
            return new ReplyDto(r.getExperienceId(), r.getProviderName(), r.getText(), r.getRepliedAt(), r.getDaysToReply());
        }
    }

    /** A responder's reply: plain text, shown publicly under the view. */
    record ReplyRequest(String text) {
    }

    private final Replies replies;
    private final Experiences experiences;

    RepliesApiController(Replies replies, Experiences experiences) {
        this.replies = replies;
        this.experiences = experiences;
    }

    @GetMapping("/api/v1/views/{id}/replies")
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "The services' replies to a view of the network (a view has at most one)")
    List<ReplyDto> replies(@PathVariable UUID id) {
        experiences.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No view " + id));
        return replies.replyTo(id).map(ReplyDto::of).stream().toList();
    }

    @PostMapping("/api/v1/respond/views/{id}/reply")
    @PreAuthorize("hasRole('SERVICE_RESPONDER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reply publicly to a published view about one of your providers (404 if it is not; 409 if it has a reply)")
    ReplyDto reply(@PathVariable UUID id, @RequestBody(required = false) ReplyRequest body) {
        var view = replies.viewForResponder(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No view " + id));
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid request", "Send text: the reply to publish under the view.");
        }
        if (body.text().trim().length() > RespondController.MAX_REPLY) {
            throw problem(HttpStatus.BAD_REQUEST, "Invalid request", "text must be " + RespondController.MAX_REPLY
                    + " characters or fewer.");
        }
        if (view.replied()) {
            throw problem(HttpStatus.CONFLICT, "Already replied", "The view has a reply already.");
        }
        try {
            return ReplyDto.of(replies.reply(id, body.text().trim()));
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No view " + id);
        } catch (IllegalStateException e) {
            throw problem(HttpStatus.CONFLICT, "Already replied", "The view has a reply already.");
        }
    }

    private static ErrorResponseException problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return new ErrorResponseException(status, problem, null);
    }
}
