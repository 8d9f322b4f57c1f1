package org.localvoice.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.domain.Decision;
import org.localvoice.governance.domain.Decisions;
import org.localvoice.governance.domain.FieldProblem;
import org.localvoice.governance.domain.NewDecision;
import org.localvoice.governance.domain.RefusedException;
import org.localvoice.governance.web.GovernanceApiDtos.DecisionDto;
import org.localvoice.governance.web.GovernanceApiDtos.NewDecisionRequest;
import org.localvoice.governance.web.GovernanceApiDtos.PageDto;
import org.localvoice.shared.PageRequestParams;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for the network's relevant decisions: list, read and record (personal access token). */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions", description = "The network's statutory record of relevant decisions (SI 2008/528 reg 2)")
@PreAuthorize("hasAnyRole('HOST_STAFF', 'HOST_MANAGER')")
class GovernanceApiController {

    private final Decisions decisions;
    private final MessageSource messages;

    GovernanceApiController(Decisions decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Decisions of the network, newest first", description = "category: a letter a to h; optional")
    ResponseEntity<?> list(@RequestParam(required = false) String category, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        DecisionCategory c = DecisionsController.category(category);
        if (category != null && !category.isBlank() && c == null) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid category", "category must be a letter a to h.",
                    "/api/v1/decisions", List.of());
        }
        return ResponseEntity.ok(PageDto.of(decisions.list(c, PageRequestParams.of(page, size, Sort.unsorted()))
                .map(DecisionDto::of)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One decision, corrections applied")
    ResponseEntity<?> read(@PathVariable UUID id) {
        return decisions.view(id).<ResponseEntity<?>>map(v -> ResponseEntity.ok(DecisionDto.of(v)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Not found", "No decision with id " + id + ".",
                        "/api/v1/decisions/" + id, List.of()));
    }

    @PostMapping
    @Operation(summary = "Record a decision", description = "Refused (400, with the fields) when the network has no "
            + "published procedure, the procedure version is not published, a recused person is among the makers, "
            + "or a field is missing.")
    ResponseEntity<?> create(@RequestBody(required = false) NewDecisionRequest request) {
        if (request == null) {
            return problem(HttpStatus.BAD_REQUEST, "Unreadable request", "Send the decision as JSON.", "/api/v1/decisions",
                    List.of());
        }
        DecisionCategory c = DecisionsController.category(request.category());
        if (request.category() != null && !request.category().isBlank() && c == null) {
            return invalid(List.of(new FieldProblem("category", "governance.decision.category.required")));
        }
        List<NewDecision.NewDeclaration> declared = request.declarations() == null ? List.of()
                : request.declarations().stream().map(x -> new NewDecision.NewDeclaration(x.person(), x.interest(),
                        x.recused())).toList();
        try {
            Decision d = decisions.record(new NewDecision(c, request.summary(), request.reasons(), request.decidedOn(),
                    request.decidedBy(), request.procedureVersionId(), declared));
            return ResponseEntity.created(URI.create("/api/v1/decisions/" + d.getId()))
                    .body(DecisionDto.of(decisions.view(d.getId()).orElseThrow()));
        } catch (RefusedException e) {
            return invalid(e.problems());
        }
    }

    private ResponseEntity<ProblemDetail> invalid(List<FieldProblem> problems) {
        List<ApiFieldProblem> fields = problems.stream().map(p -> new ApiFieldProblem(p.field(),
                messages.getMessage(p.messageKey(), p.args().toArray(), Locale.UK))).toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are not valid.", "/api/v1/decisions", fields);
    }

    record ApiFieldProblem(String field, String message) {
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String instance,
            List<?> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(instance));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
