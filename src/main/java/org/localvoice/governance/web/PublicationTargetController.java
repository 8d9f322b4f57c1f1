package org.localvoice.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.localvoice.calendar.DeadlineExplanations;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.StatutoryClock;
import org.localvoice.governance.domain.PublicationTarget;
import org.localvoice.governance.domain.PublicationTargets;
import org.localvoice.governance.domain.RefusedException;
import org.localvoice.shared.TenantContext;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A host manager sets the network's target for publishing decision statements. */
@Controller
@RequestMapping("/manage/decisions/publication-target")
@PreAuthorize("hasRole('HOST_MANAGER')")
class PublicationTargetController {

    private final PublicationTargets targets;
    private final StatutoryClock clock;
    private final DeadlineExplanations explanations;

    PublicationTargetController(PublicationTargets targets, StatutoryClock clock, DeadlineExplanations explanations) {
        this.targets = targets;
        this.clock = clock;
        this.explanations = explanations;
    }

    @GetMapping
    String show(Model model, Locale locale) {
        TargetForm form = new TargetForm();
        targets.current().ifPresent(t -> {
            form.setDays(t.getTargetDays() == null ? "" : t.getTargetDays().toString());
            form.setVersion(t.getVersion());
        });
        model.addAttribute("targetForm", form);
        return page(model, locale);
    }

    @PostMapping
    String save(@ModelAttribute("targetForm") TargetForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Integer days = null;
        if (form.getDays() != null && !form.getDays().isBlank()) {
            try {
                days = Integer.valueOf(form.getDays().trim());
            } catch (NumberFormatException e) {
                errors.rejectValue("days", "governance.target.days.number");
                return page(model, locale);
            }
        }
        try {
            targets.change(days, form.getVersion());
        } catch (RefusedException e) {
            Refusals.apply(e, errors);
            return page(model, locale);
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(targets.current().map(PublicationTarget::getVersion).orElse(0L));
            model.addAttribute("stale", true);
            return page(model, locale);
        }
        redirect.addFlashAttribute("saved", "governance.target.saved");
        return "redirect:/manage/decisions";
    }

    private String page(Model model, Locale locale) {
        var ruleSet = clock.ruleSetOf(TenantContext.requireNetwork());
        model.addAttribute("ruleSetName", ruleSet.ref().name() + " v" + ruleSet.ref().version())
                .addAttribute("ruleText", ruleSet.rule(Duty.DECISION_PUBLICATION)
                        .map(r -> explanations.ruleText(r, locale)).orElse(""));
        return "governance/publication-target";
    }
}
