package org.localvoice.powers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.domain.CaseEvents;
import org.localvoice.powers.domain.CaseStatus;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.ClockViews;
import org.localvoice.powers.domain.Clocks;
import org.localvoice.powers.domain.InformationRequests;
import org.localvoice.powers.domain.NewResponse;
import org.localvoice.powers.domain.OscReferral;
import org.localvoice.powers.domain.OscReferrals;
import org.localvoice.powers.domain.Recommendation;
import org.localvoice.powers.domain.RecommendationResponse;
import org.localvoice.powers.domain.Report;
import org.localvoice.powers.domain.ReportRecipient;
import org.localvoice.powers.domain.Reports;
import org.localvoice.powers.domain.VisitReferrals;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Pageable;
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

/**
 * The staff API of reports and recommendations (P2), referrals to the Overview and Scrutiny Committee
 * (P4), Enter and View recommendations waiting to be referred, and every case's timeline.
 */
@RestController
@RequestMapping("/api/v1/powers")
@Tag(name = "Powers: reports and referrals", description = "Reports with each recommendation's responses, referrals "
        + "to the Overview and Scrutiny Committee, and the timeline of every case")
@PreAuthorize("hasAnyRole('HOST_STAFF', 'HOST_MANAGER')")
class PowersCasesApiController {

    private static final int TEXT_MAX = 4000;

    private final Reports reports;
    private final OscReferrals referrals;
    private final InformationRequests requests;
    private final VisitReferrals visitReferrals;
    private final ClockViews clocks;
    private final Clocks time;
    private final CaseEvents events;

    PowersCasesApiController(Reports reports, OscReferrals referrals, InformationRequests requests,
            VisitReferrals visitReferrals, ClockViews clocks, Clocks time, CaseEvents events) {
        this.reports = reports;
        this.referrals = referrals;
        this.requests = requests;
        this.visitReferrals = visitReferrals;
        this.clocks = clocks;
        this.time = time;
        this.events = events;
    }

    // ----- reports

    @GetMapping("/reports")
    @Operation(summary = "Reports with recommendations, newest first")
    ResponseEntity<?> reports(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ResponseEntity.ok(PowersApiDtos.PageDto.of(reports.list(paging(page, size)).map(PowersApiDtos.ReportDto::of)));
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "A report: recipients, evidence, each recommendation with every recipient's latest response, "
            + "and its deadlines (with how each was worked out)")
    ResponseEntity<?> report(@PathVariable UUID id) {
        return reports.find(id).<ResponseEntity<?>>map(r -> ResponseEntity.ok(reportCase(r)))
                .orElseGet(() -> notFound("report", "/api/v1/powers/reports/" + id));
    }

    @GetMapping("/reports/{id}/events")
    @Operation(summary = "A report's timeline, oldest first")
    ResponseEntity<?> reportEvents(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return reports.find(id).isEmpty() ? notFound("report", "/api/v1/powers/reports/" + id + "/events")
                : timeline(CaseKind.REPORT, id, page, size);
    }

    @PostMapping("/reports/{id}/recipients/{recipientId}/responses")
    @Operation(summary = "Record a recipient's responses to recommendations of a sent report",
            description = "Each response names its recommendation by number. The recipient's response clock stops "
                    + "once every recommendation has an answer other than PENDING. 400 with the fields in error; "
                    + "409 while the report is still a draft.")
    ResponseEntity<?> respond(@PathVariable UUID id, @PathVariable UUID recipientId,
            @RequestBody(required = false) PowersApiDtos.NewResponsesDto in) {
        String instance = "/api/v1/powers/reports/" + id + "/recipients/" + recipientId + "/responses";
        Optional<Report> report = reports.find(id);
        if (report.isEmpty() || reports.recipient(id, recipientId).isEmpty()) {
            return notFound(report.isEmpty() ? "report" : "recipient of this report", instance);
        }
        if (in == null) {
            return PowersApiController.problem(HttpStatus.BAD_REQUEST, "Unreadable request", "Send the responses as JSON.");
        }
        List<Recommendation> recs = reports.recommendations(id);
        List<FieldError> errors = new ArrayList<>();
        Channel via = Arrays.stream(Channel.values()).filter(c -> c.name().equals(in.via())).findFirst().orElse(null);
        if (via == null) {
            errors.add(new FieldError("via", "Choose how the responses arrived: one of " + Arrays.toString(Channel.values())));
        }
        if (in.receivedOn() == null) {
            errors.add(new FieldError("receivedOn", "Enter the date the responses were received"));
        } else if (in.receivedOn().isAfter(time.today())) {
            errors.add(new FieldError("receivedOn", "The date must be today or in the past"));
        }
        List<NewResponse> given = new ArrayList<>();
        if (in.responses() == null || in.responses().isEmpty()) {
            errors.add(new FieldError("responses", "Give at least one response"));
        } else {
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < in.responses().size(); i++) {
                PowersApiDtos.NewResponseDto r = in.responses().get(i);
                String at = "responses[" + i + "].";
                Recommendation rec = r == null || r.recommendationNumber() == null ? null : recs.stream()
                        .filter(x -> x.getNumber() == r.recommendationNumber()).findFirst().orElse(null);
                if (rec == null) {
                    errors.add(new FieldError(at + "recommendationNumber", "Give the number of a recommendation of this "
                            + "report, from 1 to " + recs.size()));
                    continue;
                }
                if (!seen.add(rec.getNumber())) {
                    errors.add(new FieldError(at + "recommendationNumber", "Give each recommendation's response once"));
                }
                RecommendationResponse.Answer answer = Arrays.stream(RecommendationResponse.Answer.values())
                        .filter(a -> a.name().equals(r.answer())).findFirst().orElse(null);
                if (answer == null) {
                    errors.add(new FieldError(at + "answer", "Choose an answer: one of "
                            + Arrays.toString(RecommendationResponse.Answer.values())));
                }
                if (r.actionPromised() != null && r.actionPromised().length() > TEXT_MAX) {
                    errors.add(new FieldError(at + "actionPromised", "Enter no more than " + TEXT_MAX + " characters"));
                }
                if (r.reasons() != null && r.reasons().length() > TEXT_MAX) {
                    errors.add(new FieldError(at + "reasons", "Enter no more than " + TEXT_MAX + " characters"));
                }
                given.add(new NewResponse(rec.getId(), answer, FormChecks.clean(r.actionPromised()),
                        FormChecks.clean(r.reasons()), r.reviewOn(), in.receivedOn(), via));
            }
        }
        if (!errors.isEmpty()) {
            return invalid(instance, errors);
        }
        if (report.get().getStatus() == CaseStatus.DRAFT) {
            return PowersApiController.problem(HttpStatus.CONFLICT, "Not sent yet",
                    "The report is still a draft: responses are recorded once it has been sent.");
        }
        reports.respond(id, recipientId, given);
        return ResponseEntity.ok(reportCase(reports.find(id).orElseThrow()));
    }

    // ----- referrals to the Overview and Scrutiny Committee

    @GetMapping("/referrals")
    @Operation(summary = "Referrals to the Overview and Scrutiny Committee, newest first")
    ResponseEntity<?> referrals(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return ResponseEntity.ok(PowersApiDtos.PageDto.of(referrals.list(paging(page, size))
                .map(PowersApiDtos.ReferralDto::of)));
    }

    @GetMapping("/referrals/{id}")
    @Operation(summary = "A referral with its deadlines (acknowledgement, keeping the network informed) and the "
            + "committee's answers")
    ResponseEntity<?> referral(@PathVariable UUID id) {
        return referrals.find(id).<ResponseEntity<?>>map(r -> ResponseEntity.ok(referralCase(r)))
                .orElseGet(() -> notFound("referral", "/api/v1/powers/referrals/" + id));
    }

    @GetMapping("/referrals/{id}/events")
    @Operation(summary = "A referral's timeline, oldest first")
    ResponseEntity<?> referralEvents(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return referrals.find(id).isEmpty() ? notFound("referral", "/api/v1/powers/referrals/" + id + "/events")
                : timeline(CaseKind.OSC_REFERRAL, id, page, size);
    }

    @PostMapping("/referrals/{id}/updates")
    @Operation(summary = "Record the committee's acknowledgement or an update keeping the network informed",
            description = "kind is ACKNOWLEDGEMENT (stops the acknowledgement clock) or UPDATE (starts the keep-informed "
                    + "interval again). 400 with the fields in error; 409 when the referral was already acknowledged.")
    ResponseEntity<?> referralUpdate(@PathVariable UUID id, @RequestBody(required = false) PowersApiDtos.NewUpdateDto in) {
        String instance = "/api/v1/powers/referrals/" + id + "/updates";
        if (referrals.find(id).isEmpty()) {
            return notFound("referral", instance);
        }
        if (in == null) {
            return PowersApiController.problem(HttpStatus.BAD_REQUEST, "Unreadable request", "Send the update as JSON.");
        }
        List<FieldError> errors = new ArrayList<>();
        boolean acknowledgement = "ACKNOWLEDGEMENT".equals(in.kind());
        if (!acknowledgement && !"UPDATE".equals(in.kind())) {
            errors.add(new FieldError("kind", "Choose ACKNOWLEDGEMENT or UPDATE"));
        }
        Channel via = Arrays.stream(Channel.values()).filter(c -> c.name().equals(in.via())).findFirst().orElse(null);
        if (via == null) {
            errors.add(new FieldError("via", "Choose how it arrived: one of " + Arrays.toString(Channel.values())));
        }
        if (in.on() == null) {
            errors.add(new FieldError("on", "Enter the date it was received"));
        } else if (in.on().isAfter(time.today())) {
            errors.add(new FieldError("on", "The date must be today or in the past"));
        }
        if (in.summary() == null || in.summary().isBlank()) {
            errors.add(new FieldError("summary", "Enter a summary of what the committee said"));
        } else if (in.summary().length() > TEXT_MAX) {
            errors.add(new FieldError("summary", "Enter no more than " + TEXT_MAX + " characters"));
        }
        if (!errors.isEmpty()) {
            return invalid(instance, errors);
        }
        try {
            if (acknowledgement) {
                referrals.acknowledge(id, in.on(), via, in.summary().strip());
            } else {
                referrals.update(id, in.on(), via, in.summary().strip());
            }
        } catch (IllegalStateException e) {
            return PowersApiController.problem(HttpStatus.CONFLICT, "Already acknowledged",
                    "The committee has already acknowledged this referral.");
        }
        return ResponseEntity.ok(referralCase(referrals.find(id).orElseThrow()));
    }

    // ----- requests' timelines and Enter and View recommendations

    @GetMapping("/requests/{id}/events")
    @Operation(summary = "A request's timeline, oldest first")
    ResponseEntity<?> requestEvents(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return requests.find(id).isEmpty() ? notFound("request", "/api/v1/powers/requests/" + id + "/events")
                : timeline(CaseKind.INFORMATION_REQUEST, id, page, size);
    }

    @GetMapping("/visit-referrals")
    @Operation(summary = "Recommendations of published Enter and View reports, newest first",
            description = "reportId is null while they wait to be referred under a decision of category (e).")
    ResponseEntity<?> visitReferrals(@Parameter(description = "only those still waiting") @RequestParam(required = false)
            Boolean pending, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Pageable p = paging(page, size);
        return ResponseEntity.ok(PowersApiDtos.PageDto.of((Boolean.TRUE.equals(pending) ? visitReferrals.pending(p)
                : visitReferrals.all(p)).map(PowersApiDtos.VisitReferralDto::of)));
    }

    // -----

    private ResponseEntity<?> timeline(CaseKind kind, UUID id, Integer page, Integer size) {
        return ResponseEntity.ok(PowersApiDtos.PageDto.of(events.page(kind, id, paging(page, size))
                .map(PowersApiDtos.EventDto::of)));
    }

    private PowersApiDtos.ReportCaseDto reportCase(Report r) {
        List<ReportRecipient> recipients = reports.recipients(r.getId());
        List<Map<UUID, RecommendationResponse>> latest = recipients.stream().map(x -> reports.latest(r.getId(), x.getId()))
                .toList();
        List<PowersApiDtos.RecommendationDto> recs = new ArrayList<>();
        for (Recommendation rec : reports.recommendations(r.getId())) {
            List<PowersApiDtos.ResponseDto> responses = new ArrayList<>();
            for (int i = 0; i < recipients.size(); i++) {
                RecommendationResponse resp = latest.get(i).get(rec.getId());
                if (resp != null) {
                    responses.add(PowersApiDtos.ResponseDto.of(recipients.get(i), resp));
                }
            }
            recs.add(new PowersApiDtos.RecommendationDto(rec.getId(), rec.getNumber(), rec.getBody(), responses));
        }
        return new PowersApiDtos.ReportCaseDto(PowersApiDtos.ReportDto.of(r), reports.signOffOf(r) != null,
                recipients.stream().map(PowersApiDtos.RecipientDto::of).toList(),
                reports.evidence(r.getId()).stream().map(PowersApiDtos.EvidenceDto::of).toList(), recs,
                clocks.of(CaseKind.REPORT, r.getId()));
    }

    private PowersApiDtos.ReferralCaseDto referralCase(OscReferral r) {
        return new PowersApiDtos.ReferralCaseDto(PowersApiDtos.ReferralDto.of(r), clocks.of(CaseKind.OSC_REFERRAL, r.getId()),
                referrals.replies(r.getId()).stream().map(PowersApiDtos.ReplyDto::of).toList());
    }

    private static Pageable paging(Integer page, Integer size) {
        return PageRequestParams.of(page, size, Sort.unsorted());
    }

    /** One field in error, named as in the JSON body (for example "responses[0].answer"). */
    record FieldError(String field, String message) {
    }

    private static ResponseEntity<?> invalid(String instance, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid.");
        problem.setTitle("Invalid request");
        problem.setInstance(URI.create(instance));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<?> notFound(String what, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such " + what + ".");
        problem.setTitle("Not found");
        problem.setInstance(URI.create(instance));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
