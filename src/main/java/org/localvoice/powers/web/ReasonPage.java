package org.localvoice.powers.web;

import org.springframework.ui.Model;

/** The one-question page that asks for a date and a reason (re-open, close, correct an entry). */
final class ReasonPage {

    private ReasonPage() {
    }

    static String show(Model model, String titleKey, String caption, String action, String backHref) {
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", new ReasonForm());
        }
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("caption", caption);
        model.addAttribute("action", action);
        model.addAttribute("backHref", backHref);
        return "powers/reason";
    }
}
