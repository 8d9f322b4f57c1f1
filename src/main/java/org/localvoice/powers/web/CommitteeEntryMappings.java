package org.localvoice.powers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee's side of a referral (acknowledgement, updates, its decisions), recorded by host staff
 * under {@code /manage/powers/referrals} and by scrutiny officers under {@code /scrutiny/referrals}: the
 * same pages, mapped under each controller's own base path.
 */
abstract class CommitteeEntryMappings {

    private final ReferralPages entries;
    private final String base;

    CommitteeEntryMappings(ReferralPages entries, String base) {
        this.entries = entries;
        this.base = base;
    }

    @GetMapping("/{referralId}/acknowledgement")
    String entryAcknowledgement(@PathVariable UUID referralId, Model model, Locale locale) {
        return entries.entryPage(base, referralId, "acknowledgement", model, locale);
    }

    @PostMapping("/{referralId}/acknowledgement")
    String saveAcknowledgement(@PathVariable UUID referralId, @ModelAttribute("entryForm") EntryForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        return entries.saveEntry(base, referralId, "acknowledgement", form, errors, model, locale, redirect);
    }

    @GetMapping("/{referralId}/updates")
    String entryUpdate(@PathVariable UUID referralId, Model model, Locale locale) {
        return entries.entryPage(base, referralId, "updates", model, locale);
    }

    @PostMapping("/{referralId}/updates")
    String saveUpdate(@PathVariable UUID referralId, @ModelAttribute("entryForm") EntryForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        return entries.saveEntry(base, referralId, "updates", form, errors, model, locale, redirect);
    }

    @GetMapping("/{referralId}/decision")
    String decision(@PathVariable UUID referralId, Model model) {
        return entries.decisionPage(base, referralId, model);
    }

    @PostMapping("/{referralId}/decision")
    String saveDecision(@PathVariable UUID referralId,
            @ModelAttribute("committeeDecisionForm") CommitteeDecisionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return entries.saveDecision(base, referralId, form, errors, model, redirect, response);
    }
}
