package org.localvoice.powers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.domain.CaseEvents;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.ClockViews;
import org.localvoice.powers.domain.Clocks;
import org.localvoice.powers.domain.DecisionMissingException;
import org.localvoice.powers.domain.InformationRequest;
import org.localvoice.powers.domain.InformationRequests;
import org.localvoice.powers.domain.NewInformationRequest;
import org.localvoice.powers.domain.NewReply;
import org.localvoice.powers.domain.Party;
import org.localvoice.powers.domain.ReplyKind;
import org.localvoice.powers.domain.WithheldReason;
import org.localvoice.shared.PageRequestParams;
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

/** The staff API of statutory powers: requests for information, their answers, events and due dates. */
@RestController
@RequestMapping("/api/v1/powers")
@Tag(name = "Powers", description = "Requests for information, their deadlines and answers, and everything due")
@PreAuthorize("hasAnyRole('HOST_STAFF', 'HOST_MANAGER')")
class PowersApiController {

    private final InformationRequests requests;
    private final ClockViews clocks;
    private final Clocks time;
    private final CaseEvents events;

    PowersApiController(InformationRequests requests, ClockViews clocks, Clocks time, CaseEvents events) {
        this.requests = requests;
        this.clocks = clocks;
        this.time = time;
        this.events = events;
    }

    @GetMapping("/due")
    @Operation(summary = "Deadlines due soon or overdue, across every power, soonest first")
    ResponseEntity<?> due(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ResponseEntity.ok(PowersApiDtos.PageDto.of(clocks.dueAndOverdue(PageRequestParams.of(page, size,
                Sort.unsorted()))));
    }

    @GetMapping("/requests")
    @Operation(summary = "Requests for information, newest first")
    ResponseEntity<?> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ResponseEntity.ok(PowersApiDtos.PageDto.of(requests.list(PageRequestParams.of(page, size,
                Sort.unsorted())).map(PowersApiDtos.RequestDto::of)));
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "A request with its deadlines (and how each was worked out), answers and timeline")
    ResponseEntity<?> read(@PathVariable UUID id) {
        return requests.find(id).<ResponseEntity<?>>map(r -> ResponseEntity.ok(caseOf(r)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Not found", "There is no such request."));
    }

    @PostMapping("/requests")
    @Operation(summary = "Open a request under a relevant decision of category (d)",
            description = "Refused (400) without a made decision of category (d) of the network.")
    ResponseEntity<?> open(@RequestBody PowersApiDtos.NewRequestDto in) {
        Channel channel = Arrays.stream(Channel.values()).filter(c -> c.name().equals(in.channel())).findFirst().orElse(null);
        if (in.recipient() == null || in.recipient().isBlank() || in.subject() == null || in.subject().isBlank()
                || in.questions() == null || in.questions().isEmpty() || channel == null || in.sentOn() == null
                || in.receivedOn() == null || in.receivedOn().isBefore(in.sentOn())) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid request", "recipient, subject, questions, channel (one of "
                    + Arrays.toString(Channel.values()) + "), sentOn and receivedOn (not before sentOn) are required.");
        }
        try {
            InformationRequest r = requests.open(new NewInformationRequest(in.decisionId(), new Party(in.recipient().strip(),
                    in.recipientProviderId(), in.recipientEmail(), null), in.subject().strip(), in.questions(), channel,
                    in.sentOn(), in.receivedOn()));
            return ResponseEntity.created(URI.create("/api/v1/powers/requests/" + r.getId())).body(caseOf(r));
        } catch (DecisionMissingException e) {
            return problem(HttpStatus.BAD_REQUEST, "No authorising decision", "decisionId must be a relevant decision of "
                    + "category (" + e.letter() + ") already made by the network.");
        }
    }

    @PostMapping("/requests/{id}/replies")
    @Operation(summary = "Record an answer received (an acknowledgement leaves the reply due)")
    ResponseEntity<?> reply(@PathVariable UUID id, @RequestBody PowersApiDtos.NewReplyDto in) {
        if (requests.find(id).isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "Not found", "There is no such request.");
        }
        ReplyKind kind = Arrays.stream(ReplyKind.values()).filter(k -> k.name().equals(in.kind()) && k != ReplyKind.UPDATE)
                .findFirst().orElse(null);
        Channel via = Arrays.stream(Channel.values()).filter(c -> c.name().equals(in.via())).findFirst().orElse(null);
        WithheldReason why = Arrays.stream(WithheldReason.values()).filter(w -> w.name().equals(in.withheldReason()))
                .findFirst().orElse(null);
        if (kind == null || via == null || in.receivedOn() == null || in.receivedOn().isAfter(time.today())
                || in.summary() == null || in.summary().isBlank() || (in.withheld() != null && why == null)
                || (kind == ReplyKind.TRANSFERRED && (in.transferredTo() == null || in.transferredTo().isBlank()))) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid answer", "kind, via, receivedOn (not in the future) and summary "
                    + "are required; withheld needs withheldReason; TRANSFERRED needs transferredTo.");
        }
        try {
            requests.reply(id, new NewReply(kind, in.receivedOn(), via, in.summary().strip(), in.withheld(), why,
                    kind == ReplyKind.TRANSFERRED ? new Party(in.transferredTo().strip(), in.transferredToProviderId(),
                            null, null) : null));
        } catch (IllegalStateException e) {
            return problem(HttpStatus.CONFLICT, "No answer awaited", "No answer is awaited on this request.");
        }
        return ResponseEntity.ok(caseOf(requests.find(id).orElseThrow()));
    }

    private PowersApiDtos.CaseDto caseOf(InformationRequest r) {
        return new PowersApiDtos.CaseDto(PowersApiDtos.RequestDto.of(r), clocks.of(CaseKind.INFORMATION_REQUEST, r.getId()),
                requests.replies(r.getId()).stream().map(PowersApiDtos.ReplyDto::of).toList(),
                events.of(CaseKind.INFORMATION_REQUEST, r.getId()).stream().map(PowersApiDtos.EventDto::of).toList());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
