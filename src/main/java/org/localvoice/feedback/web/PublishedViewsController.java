package org.localvoice.feedback.web;

import java.util.UUID;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.feedback.domain.Experience;
import org.localvoice.feedback.domain.Experiences;
import org.localvoice.feedback.domain.References;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The network's published views, anonymised: the moderated text only, never a name or contact. */
@Controller
class PublishedViewsController {

    static final Sort NEWEST_PUBLISHED = Sort.by(Sort.Direction.DESC, "publishedAt", "id");

    private final Networks networks;
    private final Experiences experiences;
    private final ServiceChoice services;

    PublishedViewsController(Networks networks, Experiences experiences, ServiceChoice services) {
        this.networks = networks;
        this.experiences = experiences;
        this.services = services;
    }

    @GetMapping("/n/{slug}/views")
    String list(@PathVariable String slug, @RequestParam(required = false) String service,
            @RequestParam(required = false) Integer page, Model model) {
        NetworkSummary network = network(slug);
        UUID premisesId = uuid(service);
        Page<Experience> views = experiences.publishedCapped(premisesId, PageRequestParams.of(page, 20, NEWEST_PUBLISHED));
        String base = "/n/" + network.slug() + "/views?" + (premisesId == null ? "" : "service=" + premisesId + "&");
        model.addAttribute("network", network).addAttribute("views", views)
                .addAttribute("premises", services.premises(premisesId).orElse(null))
                .addAttribute("previousHref", views.hasPrevious() ? base + "page=" + (views.getNumber() - 1) : null)
                .addAttribute("nextHref", views.hasNext() ? base + "page=" + (views.getNumber() + 1) : null);
        return "feedback/published";
    }

    @GetMapping("/n/{slug}/views/{reference}")
    String one(@PathVariable String slug, @PathVariable String reference, Model model) {
        NetworkSummary network = network(slug);
        String ref = References.normalise(reference);
        Experience view = References.valid(ref) ? experiences.findByReference(ref)
                .filter(v -> v.getStatus() == ViewStatus.PUBLISHED).orElse(null) : null;
        if (view == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("network", network).addAttribute("view", view)
                .addAttribute("publishedOn", view.getPublishedAt().atZone(PublicViewController.LONDON).toLocalDate());
        return "feedback/published-view";
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
