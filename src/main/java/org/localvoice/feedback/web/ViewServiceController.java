package org.localvoice.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.feedback.domain.Experience;
import org.localvoice.feedback.domain.Experiences;
import org.localvoice.feedback.domain.Moderation;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Linking a view to the directory: for a view given with the service's name typed in, staff search the
 * care directory (by name or postcode, the network's area first) and link the view to the premises.
 */
@Controller
@RequestMapping("/manage/views/{id}/service")
class ViewServiceController {

    private final Experiences experiences;
    private final Moderation moderation;
    private final ServiceChoice services;
    private final Networks networks;

    ViewServiceController(Experiences experiences, Moderation moderation, ServiceChoice services, Networks networks) {
        this.experiences = experiences;
        this.moderation = moderation;
        this.services = services;
        this.networks = networks;
    }

    @GetMapping
    String page(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        Experience view = find(id);
        return page(view, q == null ? view.getServiceName() : q, view.getVersion(), null, model);
    }

    @PostMapping
    String link(@PathVariable UUID id, @RequestParam(required = false) String q, @RequestParam(required = false) String premisesId,
            @RequestParam(required = false) Long version, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Experience view = find(id);
        UUID chosen = PublishedViewsController.uuid(premisesId);
        if (chosen == null || services.premises(chosen).isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(view, q, version == null ? view.getVersion() : version, "feedback.link.error.choose", model);
        }
        if (version == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(view, q, view.getVersion(), "feedback.link.error.choose", model);
        }
        try {
            Experience saved = moderation.linkService(id, version, chosen);
            redirect.addFlashAttribute("linked", saved.getServiceName());
            return "redirect:/manage/views/" + id;
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(find(id), q, find(id).getVersion(), "feedback.link.error.stale", model);
        }
    }

    private String page(Experience view, String q, long version, String error, Model model) {
        NetworkSummary network = networks.findById(TenantContext.requireNetwork()).orElseThrow();
        List<PremisesSummary> results = services.search(q, network);
        model.addAttribute("view", view).addAttribute("q", q).addAttribute("version", version)
                .addAttribute("results", results).addAttribute("error", error)
                .addAttribute("current", services.premises(view.getPremisesId()).orElse(null));
        return "feedback/link-service";
    }

    private Experience find(UUID id) {
        return experiences.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
