package org.localvoice.visits.web;

import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.Representatives;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A representative's staff page: details, where they stand today, and the next step's form. */
@Component
class RepresentativePage {

    private final Representatives representatives;

    RepresentativePage(Representatives representatives) {
        this.representatives = representatives;
    }

    String show(AuthorisedRepresentative r, Model model, ActionForm form) {
        model.addAttribute("rep", r)
                .addAttribute("auth", representatives.authorisation(r))
                .addAttribute("settings", representatives.settings())
                .addAttribute("trainingExpiry", org.localvoice.visits.domain.AuthorisationRules.trainingExpiry(r, representatives.settings().renewals()))
                .addAttribute("checkExpiry", org.localvoice.visits.domain.AuthorisationRules.checkExpiry(r, representatives.settings().renewals()));
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
