package org.localvoice.powers.web;

import java.util.Locale;
import java.util.UUID;
import org.localvoice.powers.domain.DecisionGate;
import org.localvoice.powers.domain.DecisionMissingException;
import org.localvoice.powers.domain.PowerUse;
import org.localvoice.powers.domain.Report;
import org.localvoice.powers.domain.VisitReferral;
import org.localvoice.powers.domain.VisitReferrals;
import org.localvoice.shared.PageRequestParams;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of Enter and View recommendations waiting to be referred: the list, and opening the report
 * case for one under a decision of category (e).
 */
@Controller
@RequestMapping("/manage/powers/visit-referrals")
class VisitReferralsController {

    private static final String BASE = "/manage/powers/visit-referrals";

    private final VisitReferrals referrals;
    private final DecisionGate decisions;
    private final MessageSource messages;

    VisitReferralsController(VisitReferrals referrals, DecisionGate decisions, MessageSource messages) {
        this.referrals = referrals;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Paging.add(model, referrals.all(PageRequestParams.of(page, null, Sort.unsorted())), BASE);
        return "powers/visit-referrals";
    }

    @GetMapping("/{visitReferralId}")
    String show(@PathVariable UUID visitReferralId, Model model) {
        VisitReferral referral = referral(visitReferralId);
        model.addAttribute("visitReferralForm", VisitReferralForm.filledFrom(referral));
        return page(referral, model);
    }

    @PostMapping("/{visitReferralId}")
    String open(@PathVariable UUID visitReferralId, @ModelAttribute("visitReferralForm") VisitReferralForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        VisitReferral referral = referral(visitReferralId);
        if (!referral.isPending()) {
            return "redirect:/manage/powers/reports/" + referral.getReportId();
        }
        UUID decision = form.check(errors);
        if (decision == null) {
            return page(referral, model);
        }
        try {
            Report report = referrals.open(visitReferralId, decision, form.getTitle().strip(), form.getSummary().strip(),
                    form.recipient(referral));
            redirect.addFlashAttribute("saved", "powers.visitReferral.opened");
            return "redirect:/manage/powers/reports/" + report.getId();
        } catch (DecisionMissingException e) {
            errors.rejectValue("decisionId", e.messageKey(), new Object[] {e.letter()}, null);
            return page(referral, model);
        } catch (IllegalStateException e) {
            model.addAttribute("refused", messages.getMessage("powers.visitReferral.alreadyOpened", null, locale));
            return page(referral(visitReferralId), model);
        }
    }

    private String page(VisitReferral referral, Model model) {
        model.addAttribute("referral", referral);
        model.addAttribute("decisionOptions", decisions.optionsOnly(PowerUse.REPORT_TO_PROVIDER).stream()
                .map(o -> new Option(o.id().toString(), o.label())).toList());
        return "powers/visit-referral";
    }

    private VisitReferral referral(UUID id) {
        return referrals.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
