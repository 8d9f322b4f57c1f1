package org.localvoice.visits.web;

import java.util.Map;
import java.util.UUID;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.localvoice.visits.domain.Visit;
import org.localvoice.visits.domain.VisitPlanning;
import org.localvoice.visits.domain.VisitReports;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Published Enter and View reports on the network's public site, and each as an accessible PDF. */
@Controller
class PublicVisitsController {

    private final VisitReports reports;
    private final VisitPlanning planning;
    private final Networks networks;
    private final AccessiblePdf pdf;

    PublicVisitsController(VisitReports reports, VisitPlanning planning, Networks networks, AccessiblePdf pdf) {
        this.reports = reports;
        this.planning = planning;
        this.networks = networks;
        this.pdf = pdf;
    }

    @GetMapping("/n/{slug}/visits")
    String list(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        NetworkSummary network = network(slug);
        Page<Visit> result = reports.published(PageRequestParams.of(page, 25, Sort.unsorted()));
        String base = "/n/" + network.slug() + "/visits?page=";
        model.addAttribute("network", network).addAttribute("page", result)
                .addAttribute("previousHref", result.hasPrevious() ? base + (result.getNumber() - 1) : null)
                .addAttribute("nextHref", result.hasNext() ? base + (result.getNumber() + 1) : null);
        return "visits/public-visits";
    }

    @GetMapping("/n/{slug}/visits/{id}")
    String report(@PathVariable String slug, @PathVariable UUID id, Model model) {
        model.addAttribute("network", network(slug)).addAttribute("visit", published(id));
        return "visits/public-report";
    }

    @GetMapping("/n/{slug}/visits/{id}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable String slug, @PathVariable UUID id) {
        NetworkSummary network = network(slug);
        Visit v = published(id);
        byte[] bytes = pdf.render("visits/pdf/report", Map.of("network", network, "visit", v), LocaleContextHolder.getLocale());
        return pdf.response("enter-and-view-report-" + v.getVisitOn() + ".pdf", bytes);
    }

    private Visit published(UUID id) {
        return planning.find(id).filter(v -> v.getReport().getPublishedOn() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
