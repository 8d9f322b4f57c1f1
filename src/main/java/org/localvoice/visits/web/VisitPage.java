package org.localvoice.visits.web;

import java.util.List;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.Exclusions;
import org.localvoice.visits.domain.Observation;
import org.localvoice.visits.domain.Observations;
import org.localvoice.visits.domain.ProviderLetters;
import org.localvoice.visits.domain.Representatives;
import org.localvoice.visits.domain.Visit;
import org.localvoice.visits.domain.VisitPlanning;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A visit's staff page: the plan, the team as they stand on the day, warnings, notice, observations and report. */
@Component
class VisitPage {

    private final VisitPlanning planning;
    private final Representatives representatives;
    private final Observations observations;
    private final ProviderLetters letters;

    VisitPage(VisitPlanning planning, Representatives representatives, Observations observations, ProviderLetters letters) {
        this.letters = letters;
        this.planning = planning;
        this.representatives = representatives;
        this.observations = observations;
    }

    String show(Visit v, Model model) {
        List<AuthorisedRepresentative> team = planning.teamOf(v.getId());
        List<Observation> recorded = observations.forVisit(v.getId());
        model.addAttribute("visit", v)
                .addAttribute("team", team)
                .addAttribute("teamStatus", team.stream().map(r -> representatives.authorisation(r, v.getVisitOn()).status()).toList())
                .addAttribute("warnings", Exclusions.warnings(v.getOtherAreas()))
                .addAttribute("observations", recorded)
                .addAttribute("names", team.stream().collect(java.util.stream.Collectors.toMap(AuthorisedRepresentative::getId,
                        AuthorisedRepresentative::getName)));
        model.addAttribute("letters", planning.lettersOf(v.getId()));
        if (!model.containsAttribute("noticeForm")) {
            model.addAttribute("noticeForm", new NoticeForm());
        }
        if (!model.containsAttribute("noticeTo")) {
            model.addAttribute("noticeTo", letters.providerEmail(v).orElse(null));
        }
        if (!model.containsAttribute("noticeEmailError")) {
            model.addAttribute("noticeEmailError", null);
        }
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", false);
        }
        return "visits/visit";
    }
}
