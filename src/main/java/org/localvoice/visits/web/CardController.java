package org.localvoice.visits.web;

import java.util.Map;
import java.util.UUID;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.localvoice.visits.domain.Authorisation;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.Representatives;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Written evidence of authorisation: a card to print (a page, and a tagged PDF) with the name, the
 * network, the valid dates and the code a provider checks at {@code /n/{slug}/verify}.
 */
@Controller
@RequestMapping("/manage/representatives/{id}")
class CardController {

    private final Representatives representatives;
    private final Networks networks;
    private final AccessiblePdf pdf;

    CardController(Representatives representatives, Networks networks, AccessiblePdf pdf) {
        this.representatives = representatives;
        this.networks = networks;
        this.pdf = pdf;
    }

    @GetMapping("/card")
    String card(@PathVariable UUID id, Model model) {
        model.addAllAttributes(variables(id));
        return "visits/card";
    }

    @GetMapping("/card.pdf")
    ResponseEntity<byte[]> cardPdf(@PathVariable UUID id) {
        Map<String, Object> variables = variables(id);
        byte[] bytes = pdf.render("visits/pdf/card", variables, LocaleContextHolder.getLocale());
        return pdf.response("authorisation-" + ((AuthorisedRepresentative) variables.get("rep")).getVerificationCode() + ".pdf", bytes);
    }

    private Map<String, Object> variables(UUID id) {
        AuthorisedRepresentative r = representatives.find(id).filter(x -> x.getVerificationCode() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Authorisation auth = representatives.authorisation(r);
        NetworkSummary network = networks.findById(TenantContext.requireNetwork()).orElseThrow();
        String verifyUrl = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/n/{slug}/verify").buildAndExpand(network.slug()).toUriString();
        return Map.of("rep", r, "auth", auth, "network", network, "verifyUrl", verifyUrl);
    }
}
