package org.localvoice.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.ViewArea;
import org.localvoice.visits.domain.Visit;
import org.localvoice.visits.domain.VisitLetter;
import org.localvoice.visits.domain.VisitPlanning;
import org.localvoice.visits.domain.VisitReports;
import org.localvoice.visits.domain.VisitStage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only staff API for Enter and View visits: the list, one visit, and published reports. */
@RestController
@RequestMapping("/api/v1/visits")
@Tag(name = "Visits", description = "Enter and View visits and their reports (host staff; read only)")
class VisitsApiController {

    private final VisitPlanning planning;
    private final VisitReports reports;

    VisitsApiController(VisitPlanning planning, VisitReports reports) {
        this.planning = planning;
        this.reports = reports;
    }

    record VisitItem(UUID id, UUID premisesId, String premisesName, UUID controllerId, String controllerName, LocalDate visitOn,
            boolean announced, VisitStage stage, LocalDate publishedOn, long version) {
    }

    record VisitPage(List<VisitItem> items, int page, int size, long totalItems, int totalPages) {
    }

    record Letter(VisitLetter.Kind kind, VisitLetter.Channel channel, String sentTo, LocalDate sentOn, LocalDate commentsDue) {
    }

    record Report(String summary, String findings, List<String> recommendations, LocalDate draftSentOn, LocalDate commentsDue,
            LocalDate commentsReceivedOn, LocalDate signedOffOn, LocalDate publishedOn) {
    }

    record VisitDetails(VisitItem visit, UUID decisionId, String visitTime, String purpose, List<ViewArea> areas, List<String> otherAreas,
            String privacyMeasures, LocalDate noticeSentOn, List<String> team, List<Letter> letters, Report report) {
    }

    @GetMapping
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "The network's visits, latest date first (paged)")
    ResponseEntity<?> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (badPaging(page, size)) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid query", "page must be 0 or more and size from 1 to 100.", "/api/v1/visits");
        }
        return ResponseEntity.ok(pageOf(planning.page(PageRequestParams.of(page, size, Sort.unsorted()))));
    }

    @GetMapping("/reports")
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "Visits whose report is published, latest first (paged)")
    ResponseEntity<?> published(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if (badPaging(page, size)) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid query", "page must be 0 or more and size from 1 to 100.", "/api/v1/visits/reports");
        }
        return ResponseEntity.ok(pageOf(reports.published(PageRequestParams.of(page, size, Sort.unsorted()))));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "One visit: its plan, team, letters to the provider and report (404 for another network's)")
    ResponseEntity<?> read(@PathVariable UUID id) {
        return planning.find(id).<ResponseEntity<?>>map(v -> ResponseEntity.ok(details(v)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Not found", "No visit with id " + id + ".", "/api/v1/visits/" + id));
    }

    private VisitDetails details(Visit v) {
        var r = v.getReport();
        return new VisitDetails(item(v), v.getDecisionId(), v.getVisitTime(), v.getPurpose(), v.areaList(), v.otherAreaList(),
                v.getPrivacyMeasures(), v.getNoticeSentOn(),
                planning.teamOf(v.getId()).stream().map(AuthorisedRepresentative::getName).toList(),
                planning.lettersOf(v.getId()).stream()
                        .map(l -> new Letter(l.getKind(), l.getChannel(), l.getSentTo(), l.getSentOn(), l.getCommentsDue())).toList(),
                new Report(r.getSummary(), r.getFindings(), r.recommendationList(), r.getDraftSentOn(), r.getCommentsDue(),
                        r.getCommentsReceivedOn(), r.getSignedOffOn(), r.getPublishedOn()));
    }

    private static boolean badPaging(Integer page, Integer size) {
        return (page != null && page < 0) || (size != null && (size < 1 || size > 100));
    }

    private static VisitPage pageOf(Page<Visit> found) {
        return new VisitPage(found.map(VisitsApiController::item).getContent(), found.getNumber(), found.getSize(),
                found.getTotalElements(), found.getTotalPages());
    }

    private static VisitItem item(Visit v) {
        return new VisitItem(v.getId(), v.getPremisesId(), v.getPremisesName(), v.getControllerId(), v.getControllerName(), v.getVisitOn(),
                v.isAnnounced(), v.stage(), v.getReport().getPublishedOn(), v.getVersion());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(instance));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
