package org.localvoice.feedback.web;

import java.util.List;
import org.springframework.ui.Model;

/** The answer codes of the view form's radio questions, for the templates. */
final class FormLists {

    private FormLists() {
    }

    static Model addTo(Model model) {
        return model.addAttribute("ratings", List.of("5", "4", "3", "2", "1"))
                .addAttribute("identities", List.of("ANONYMOUS", "NAMED"))
                .addAttribute("yesNo", List.of("YES", "NO"))
                .addAttribute("contactWays", List.of("EMAIL", "PHONE"))
                .addAttribute("consents", List.of("PUBLISH_ANONYMISED", "EVIDENCE_ONLY"));
    }
}
