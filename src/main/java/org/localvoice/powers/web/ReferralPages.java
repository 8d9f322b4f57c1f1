package org.localvoice.powers.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.domain.CaseEvents;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.ClockViews;
import org.localvoice.powers.domain.Clocks;
import org.localvoice.powers.domain.OscReferral;
import org.localvoice.powers.domain.OscReferrals;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral pages that staff ({@code /manage/powers/referrals}) and the network's scrutiny officers
 * ({@code /scrutiny/referrals}) share: the referral with its clocks and log, the acknowledgement, updates
 * and the committee's decisions.
 */
@Component
class ReferralPages {

    private final OscReferrals referrals;
    private final ClockViews clocks;
    private final Clocks time;
    private final CaseEvents events;
    private final MessageSource messages;

    ReferralPages(OscReferrals referrals, ClockViews clocks, Clocks time, CaseEvents events, MessageSource messages) {
        this.referrals = referrals;
        this.clocks = clocks;
        this.time = time;
        this.events = events;
        this.messages = messages;
    }

    OscReferral referral(UUID id) {
        return referrals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    String show(String base, UUID id, Model model) {
        OscReferral referral = referral(id);
        model.addAttribute("base", base);
        model.addAttribute("referral", referral);
        model.addAttribute("clocks", clocks.of(CaseKind.OSC_REFERRAL, id));
        model.addAttribute("replies", referrals.replies(id));
        model.addAttribute("events", events.of(CaseKind.OSC_REFERRAL, id));
        return "powers/referral";
    }

    String entryPage(String base, UUID id, String which, Model model, Locale locale) {
        OscReferral referral = referral(id);
        if (!model.containsAttribute("entryForm")) {
            model.addAttribute("entryForm", new EntryForm());
        }
        model.addAttribute("referral", referral);
        model.addAttribute("base", base);
        model.addAttribute("which", which);
        model.addAttribute("channels", Option.of(Channel.class, "powers.channel.", messages, locale));
        return "powers/referral-entry";
    }

    String saveEntry(String base, UUID id, String which, EntryForm form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        referral(id);
        EntryForm.Checked c = form.check(errors, time.today());
        if (c == null) {
            return entryPage(base, id, which, model, locale);
        }
        try {
            if ("acknowledgement".equals(which)) {
                referrals.acknowledge(id, c.on(), c.via(), c.summary());
            } else {
                referrals.update(id, c.on(), c.via(), c.summary());
            }
        } catch (IllegalStateException e) {
            model.addAttribute("refused", messages.getMessage("powers.error.acknowledged", null, locale));
            return entryPage(base, id, which, model, locale);
        }
        redirect.addFlashAttribute("saved", "powers.referral.saved." + which);
        return "redirect:" + base + "/" + id;
    }

    String decisionPage(String base, UUID id, Model model) {
        OscReferral referral = referral(id);
        if (!model.containsAttribute("committeeDecisionForm")) {
            CommitteeDecisionForm form = new CommitteeDecisionForm();
            form.setPowersApply(CommitteeDecisionForm.answer(referral.getPowersApply()));
            form.setWillUsePowers(CommitteeDecisionForm.answer(referral.getWillUsePowers()));
            form.setNotes(referral.getDecisionNotes());
            form.setVersion(referral.getVersion());
            model.addAttribute("committeeDecisionForm", form);
        }
        model.addAttribute("referral", referral);
        model.addAttribute("base", base);
        model.addAttribute("answers", List.of(new Option("yes", messages.getMessage("powers.yes", null, Locale.UK)),
                new Option("no", messages.getMessage("powers.no", null, Locale.UK))));
        return "powers/referral-decision";
    }

    String saveDecision(String base, UUID id, CommitteeDecisionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        referral(id);
        if (form.getVersion() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        form.check(errors);
        if (errors.hasErrors()) {
            return decisionPage(base, id, model);
        }
        try {
            referrals.decide(id, form.getVersion(), CommitteeDecisionForm.answer(form.getPowersApply()),
                    CommitteeDecisionForm.answer(form.getWillUsePowers()), FormChecks.clean(form.getNotes()), time.today());
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            form.setVersion(referral(id).getVersion());
            return decisionPage(base, id, model);
        }
        redirect.addFlashAttribute("saved", "powers.referral.saved.decision");
        return "redirect:" + base + "/" + id;
    }
}
