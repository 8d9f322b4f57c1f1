package org.localvoice.visits.web;

import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.Representatives;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A representative's staff page: details, where they stand today, and the next step's form. */
@Component
class RepresentativePage {

    private final Representatives representatives;
    private final org.localvoice.visits.domain.CertificateImages images;

    RepresentativePage(Representatives representatives, org.localvoice.visits.domain.CertificateImages images) {
        this.representatives = representatives;
        this.images = images;
    }

    String show(AuthorisedRepresentative r, Model model, ActionForm form) {
        model.addAttribute("rep", r)
                .addAttribute("auth", representatives.authorisation(r))
                .addAttribute("settings", representatives.settings())
                .addAttribute("trainingExpiry", org.localvoice.visits.domain.AuthorisationRules.trainingExpiry(r, representatives.settings().renewals()))
                .addAttribute("checkExpiry", org.localvoice.visits.domain.AuthorisationRules.checkExpiry(r, representatives.settings().renewals()));
        model.addAttribute("certificate", images.info(r.getId()).orElse(null))
                .addAttribute("manager", org.localvoice.access.CurrentUser.get().map(u -> u.has(org.localvoice.access.Role.HOST_MANAGER)).orElse(false));
        if (!model.containsAttribute("certificateError")) {
            model.addAttribute("certificateError", null);
        }
        if (!model.containsAttribute("actionForm")) {
            form.setVersion(r.getVersion());
            model.addAttribute("actionForm", form);
        }
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", false);
        }
        return "visits/representative";
    }
}
