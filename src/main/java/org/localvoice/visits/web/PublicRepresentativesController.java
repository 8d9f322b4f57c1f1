package org.localvoice.visits.web;

import org.localvoice.shared.PageRequestParams;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.Representatives;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public register of the network's authorised representatives (names only), and the page where a
 * provider checks the code on an authorisation card (name, valid dates, status: nothing more).
 */
@Controller
class PublicRepresentativesController {

    private final Representatives representatives;
    private final Networks networks;

    PublicRepresentativesController(Representatives representatives, Networks networks) {
        this.representatives = representatives;
        this.networks = networks;
    }

    @GetMapping("/n/{slug}/representatives")
    String register(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        NetworkSummary network = network(slug);
        Page<AuthorisedRepresentative> result = representatives.register(PageRequestParams.of(page, 50, Sort.unsorted()));
        String base = "/n/" + network.slug() + "/representatives?page=";
        model.addAttribute("network", network).addAttribute("page", result)
                .addAttribute("previousHref", result.hasPrevious() ? base + (result.getNumber() - 1) : null)
                .addAttribute("nextHref", result.hasNext() ? base + (result.getNumber() + 1) : null);
        return "visits/public-representatives";
    }

    @GetMapping("/n/{slug}/verify")
    String verify(@PathVariable String slug, @RequestParam(required = false) String code, Model model) {
        NetworkSummary network = network(slug);
        model.addAttribute("network", network).addAttribute("code", code);
        if (code != null && !code.isBlank()) {
            representatives.byCode(code).ifPresentOrElse(
                    r -> model.addAttribute("card", new VerifiedCard(r.getName(), representatives.authorisation(r))),
                    () -> model.addAttribute("unknown", true));
        }
        return "visits/verify";
    }

    /** What a provider may see about a card. */
    record VerifiedCard(String name, org.localvoice.visits.domain.Authorisation authorisation) {

        /** Valid, expired, withdrawn, or simply not valid (no reasons given to the public). */
        public String publicStatus() {
            return switch (authorisation.status()) {
                case AUTHORISED, EXPIRED, WITHDRAWN -> authorisation.status().name();
                default -> "NOT_VALID";
            };
        }
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
