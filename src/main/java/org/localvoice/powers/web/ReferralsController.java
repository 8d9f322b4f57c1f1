package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.powers.domain.Clocks;
import org.localvoice.powers.domain.DecisionGate;
import org.localvoice.powers.domain.DecisionMissingException;
import org.localvoice.powers.domain.OscReferral;
import org.localvoice.powers.domain.OscReferrals;
import org.localvoice.powers.domain.PowerUse;
import org.localvoice.shared.PageRequestParams;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
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

/** Staff pages of referrals to the Overview and Scrutiny Committee. */
@Controller
@RequestMapping("/manage/powers/referrals")
class ReferralsController extends CommitteeEntryMappings {

    static final String BASE = "/manage/powers/referrals";

    private final OscReferrals referrals;
    private final ReferralPages pages;
    private final Clocks time;
    private final DecisionGate decisions;
    private final MessageSource messages;

    ReferralsController(OscReferrals referrals, ReferralPages pages, Clocks time, DecisionGate decisions,
            MessageSource messages) {
        super(pages, BASE);
        this.referrals = referrals;
        this.pages = pages;
        this.time = time;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Paging.add(model, referrals.list(PageRequestParams.of(page, null, Sort.unsorted())), BASE);
        model.addAttribute("base", BASE);
        model.addAttribute("staff", true);
        return "powers/referrals";
    }

    @GetMapping("/new")
    String form(Model model, Locale locale) {
        ReferralForm form = new ReferralForm();
        form.setMadeOn(Dates.format(time.today()));
        model.addAttribute("referralForm", form);
        return newPage(model, locale);
    }

    @PostMapping
    String open(@ModelAttribute("referralForm") ReferralForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        ReferralForm.Checked c = form.check(errors, time.today());
        if (c == null) {
            return newPage(model, locale);
        }
        try {
            OscReferral r = referrals.open(c.decisionId(), c.committee(), c.matter(), c.subject(), c.supplied(),
                    c.madeOn());
            redirect.addFlashAttribute("saved", "powers.referral.opened");
            return "redirect:" + BASE + "/" + r.getId();
        } catch (DecisionMissingException e) {
            errors.rejectValue("decisionId", e.messageKey(), new Object[] {e.letter()}, null);
            return newPage(model, locale);
        }
    }

    @GetMapping("/{referralId}")
    String show(@PathVariable UUID referralId, Model model) {
        model.addAttribute("staff", true);
        return pages.show(BASE, referralId, model);
    }

    @GetMapping("/{referralId}/close")
    String closePage(@PathVariable UUID referralId, Model model) {
        OscReferral r = pages.referral(referralId);
        return ReasonPage.show(model, "powers.close.heading", r.getReference(), BASE + "/" + referralId + "/close",
                BASE + "/" + referralId);
    }

    @PostMapping("/{referralId}/close")
    String close(@PathVariable UUID referralId, @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        OscReferral r = pages.referral(referralId);
        LocalDate on = form.check(errors, time.today());
        if (on == null) {
            return ReasonPage.show(model, "powers.close.heading", r.getReference(), BASE + "/" + referralId + "/close",
                    BASE + "/" + referralId);
        }
        referrals.close(referralId, on, form.getReason().strip());
        redirect.addFlashAttribute("saved", "powers.referral.closed");
        return "redirect:" + BASE + "/" + referralId;
    }

    private String newPage(Model model, Locale locale) {
        model.addAttribute("decisionOptions", decisions.options(PowerUse.OSC_REFERRAL).stream()
                .map(o -> new Option(o.id().toString(), o.label())).toList());
        model.addAttribute("matters", Option.of(OscReferral.Matter.class, "powers.matter.", messages, locale));
        return "powers/referral-new";
    }
}
