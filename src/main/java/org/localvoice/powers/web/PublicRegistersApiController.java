package org.localvoice.powers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.Supplier;
import org.localvoice.powers.domain.InformationRequests;
import org.localvoice.powers.domain.LeagueTables;
import org.localvoice.powers.domain.OscReferrals;
import org.localvoice.powers.domain.Reports;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open API of a network's public registers: requests, published reports, referrals and the league table. */
@RestController
@RequestMapping("/api/v1/public/networks/{slug}/registers")
@Tag(name = "Public registers", description = "Who the network asked, when answers were due and whether they came on time")
class PublicRegistersApiController {

    private final Networks networks;
    private final InformationRequests requests;
    private final Reports reports;
    private final OscReferrals referrals;
    private final RegisterRows rows;
    private final LeagueTables league;

    /** A public register line: no internal identifiers, the reference is how people quote a case. */
    record RegisterLine(String reference, String subject, String owedBy, java.time.LocalDate date,
            java.time.LocalDate dueOn, String state) {
        static RegisterLine of(RegisterRows.Row r) {
            return new RegisterLine(r.reference(), r.subject(), r.party(), r.date(), r.dueOn(),
                    r.state() == null ? null : r.state().name());
        }
    }

    PublicRegistersApiController(Networks networks, InformationRequests requests, Reports reports,
            OscReferrals referrals, RegisterRows rows, LeagueTables league) {
        this.networks = networks;
        this.requests = requests;
        this.reports = reports;
        this.referrals = referrals;
        this.rows = rows;
        this.league = league;
    }

    @GetMapping("/requests")
    @Operation(summary = "Requests for information, newest first, with who owes the answer and its state")
    ResponseEntity<?> requests(@PathVariable String slug, @RequestParam(required = false) Integer page) {
        return in(slug, () -> PowersApiDtos.PageDto.of(rows.requests(requests.list(paging(page))).map(RegisterLine::of)));
    }

    @GetMapping("/reports")
    @Operation(summary = "Published reports, newest first")
    ResponseEntity<?> reports(@PathVariable String slug, @RequestParam(required = false) Integer page) {
        return in(slug, () -> PowersApiDtos.PageDto.of(rows.reports(reports.published(paging(page))).map(RegisterLine::of)));
    }

    @GetMapping("/referrals")
    @Operation(summary = "Referrals to the Overview and Scrutiny Committee, newest first")
    ResponseEntity<?> referrals(@PathVariable String slug, @RequestParam(required = false) Integer page) {
        return in(slug, () -> PowersApiDtos.PageDto.of(rows.referrals(referrals.list(paging(page))).map(RegisterLine::of)));
    }

    @GetMapping("/league")
    @Operation(summary = "Per recipient: answers given, share on time, overdue now, median days to answer")
    ResponseEntity<?> league(@PathVariable String slug, @RequestParam(required = false) Integer page) {
        return networks.findBySlug(slug).<ResponseEntity<?>>map(n -> ResponseEntity.ok(TenantContext.runAs(n.id(),
                () -> PowersApiDtos.PageDto.of(league.of(n.id(), paging(page)))))).orElseGet(PublicRegistersApiController::missing);
    }

    private ResponseEntity<?> in(String slug, Supplier<Object> work) {
        return networks.findBySlug(slug).map(NetworkSummary::id)
                .<ResponseEntity<?>>map(id -> ResponseEntity.ok(TenantContext.runAs(id, work)))
                .orElseGet(PublicRegistersApiController::missing);
    }

    private static ResponseEntity<?> missing() {
        return PowersApiController.problem(HttpStatus.NOT_FOUND, "Not found", "There is no network with that name.");
    }

    private static org.springframework.data.domain.Pageable paging(Integer page) {
        return PageRequestParams.of(page, null, Sort.unsorted());
    }
}
