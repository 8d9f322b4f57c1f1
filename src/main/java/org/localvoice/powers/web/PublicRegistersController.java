package org.localvoice.powers.web;

import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.domain.CaseEvents;
import org.localvoice.powers.domain.ClockViews;
import org.localvoice.powers.domain.InformationRequest;
import org.localvoice.powers.domain.InformationRequests;
import org.localvoice.powers.domain.LeagueTables;
import org.localvoice.powers.domain.OscReferral;
import org.localvoice.powers.domain.OscReferrals;
import org.localvoice.powers.domain.Report;
import org.localvoice.powers.domain.Reports;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public registers of a network: its requests for information, published reports and referrals,
 * each with its timeline, deadlines and answers, and the league table of who answered on time.
 */
@Controller
@RequestMapping("/n/{slug}/registers")
class PublicRegistersController {

    private final Networks networks;
    private final InformationRequests requests;
    private final Reports reports;
    private final OscReferrals referrals;
    private final RegisterRows rows;
    private final ClockViews clocks;
    private final CaseEvents events;
    private final LeagueTables league;

    PublicRegistersController(Networks networks, InformationRequests requests, Reports reports, OscReferrals referrals,
            RegisterRows rows, ClockViews clocks, CaseEvents events, LeagueTables league) {
        this.networks = networks;
        this.requests = requests;
        this.reports = reports;
        this.referrals = referrals;
        this.rows = rows;
        this.clocks = clocks;
        this.events = events;
        this.league = league;
    }

    @GetMapping("/requests")
    String requests(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        return register(slug, "requests", page, model);
    }

    @GetMapping("/reports")
    String reports(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        return register(slug, "reports", page, model);
    }

    @GetMapping("/referrals")
    String referrals(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        return register(slug, "referrals", page, model);
    }

    private String register(String slug, String kind, Integer page, Model model) {
        NetworkSummary network = network(slug, model);
        var paging = PageRequestParams.of(page, null, Sort.unsorted());
        var found = switch (kind) {
            case "requests" -> rows.requests(requests.list(paging));
            case "reports" -> rows.reports(reports.published(paging));
            default -> rows.referrals(referrals.list(paging));
        };
        Paging.add(model, found, "/n/" + network.slug() + "/registers/" + kind);
        model.addAttribute("kind", kind);
        return "powers/public-register";
    }

    @GetMapping("/requests/{requestId}")
    String request(@PathVariable String slug, @PathVariable UUID requestId, Model model) {
        network(slug, model);
        InformationRequest r = requests.find(requestId).orElseThrow(PublicRegistersController::notFound);
        model.addAttribute("request", r);
        model.addAttribute("replies", requests.replies(requestId));
        return detail(model, CaseKind.INFORMATION_REQUEST, requestId, "powers/public-request");
    }

    @GetMapping("/reports/{reportId}")
    String report(@PathVariable String slug, @PathVariable UUID reportId, Model model) {
        network(slug, model);
        Report r = reports.find(reportId).filter(Report::isPublished).orElseThrow(PublicRegistersController::notFound);
        model.addAttribute("report", r);
        model.addAttribute("evidence", reports.evidence(reportId));
        model.addAttribute("responses", ResponsePage.rows(reports, reportId));
        return detail(model, CaseKind.REPORT, reportId, "powers/public-report");
    }

    @GetMapping("/referrals/{referralId}")
    String referral(@PathVariable String slug, @PathVariable UUID referralId, Model model) {
        network(slug, model);
        OscReferral r = referrals.find(referralId).orElseThrow(PublicRegistersController::notFound);
        model.addAttribute("referral", r);
        model.addAttribute("replies", referrals.replies(referralId));
        return detail(model, CaseKind.OSC_REFERRAL, referralId, "powers/public-referral");
    }

    @GetMapping("/league")
    String league(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        NetworkSummary network = network(slug, model);
        Paging.add(model, league.of(network.id(), PageRequestParams.of(page, null, Sort.unsorted())),
                "/n/" + network.slug() + "/registers/league");
        return "powers/league";
    }

    private String detail(Model model, CaseKind kind, UUID id, String view) {
        model.addAttribute("clocks", clocks.of(kind, id));
        model.addAttribute("events", events.of(kind, id));
        return view;
    }

    private NetworkSummary network(String slug, Model model) {
        NetworkSummary network = networks.findBySlug(slug).orElseThrow(PublicRegistersController::notFound);
        model.addAttribute("network", network);
        model.addAttribute("base", "/n/" + network.slug() + "/registers");
        return network;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
