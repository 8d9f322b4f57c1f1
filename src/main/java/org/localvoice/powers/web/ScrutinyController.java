package org.localvoice.powers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.powers.domain.OscReferrals;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scrutiny officers of the network's local authority record the committee's acknowledgement,
 * its updates and its decisions on referrals themselves.
 */
@Controller
@RequestMapping("/scrutiny/referrals")
@PreAuthorize("hasRole('SCRUTINY_OFFICER')")
class ScrutinyController {

    static final String BASE = "/scrutiny/referrals";

    private final OscReferrals referrals;
    private final ReferralPages pages;

    ScrutinyController(OscReferrals referrals, ReferralPages pages) {
        this.referrals = referrals;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Paging.add(model, referrals.list(PageRequestParams.of(page, null, Sort.unsorted())), BASE);
        model.addAttribute("base", BASE);
        model.addAttribute("staff", false);
        return "powers/referrals";
    }

    @GetMapping("/{referralId}")
    String show(@PathVariable UUID referralId, Model model) {
        model.addAttribute("staff", false);
        return pages.show(BASE, referralId, model);
    }

    @GetMapping("/{referralId}/acknowledgement")
    String entryAcknowledgement(@PathVariable UUID referralId, Model model, Locale locale) {
        return pages.entryPage(BASE, referralId, "acknowledgement", model, locale);
    }

    @PostMapping("/{referralId}/acknowledgement")
    String saveAcknowledgement(@PathVariable UUID referralId, @ModelAttribute("entryForm") EntryForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        return pages.saveEntry(BASE, referralId, "acknowledgement", form, errors, model, locale, redirect);
    }

    @GetMapping("/{referralId}/updates")
    String entryUpdate(@PathVariable UUID referralId, Model model, Locale locale) {
        return pages.entryPage(BASE, referralId, "updates", model, locale);
    }

    @PostMapping("/{referralId}/updates")
    String saveUpdate(@PathVariable UUID referralId, @ModelAttribute("entryForm") EntryForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        return pages.saveEntry(BASE, referralId, "updates", form, errors, model, locale, redirect);
    }

    @GetMapping("/{referralId}/decision")
    String decision(@PathVariable UUID referralId, Model model) {
        return pages.decisionPage(BASE, referralId, model);
    }

    @PostMapping("/{referralId}/decision")
    String saveDecision(@PathVariable UUID referralId,
            @ModelAttribute("committeeDecisionForm") CommitteeDecisionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return pages.saveDecision(BASE, referralId, form, errors, model, redirect, response);
    }
}
