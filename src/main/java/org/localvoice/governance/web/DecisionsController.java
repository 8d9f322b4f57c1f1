package org.localvoice.governance.web;

import java.util.Arrays;
import java.util.UUID;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.domain.Decision;
import org.localvoice.governance.domain.DecisionView;
import org.localvoice.governance.domain.Decisions;
import org.localvoice.governance.domain.NewDecision;
import org.localvoice.governance.domain.Procedures;
import org.localvoice.governance.domain.RefusedException;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * Staff pages for the statutory record of relevant decisions: the list with due and overdue
 * statements, recording a decision, publishing its statement, and corrections.
 */
@Controller
@RequestMapping("/manage/decisions")
class DecisionsController {

    private final Decisions decisions;
    private final Procedures procedures;

    DecisionsController(Decisions decisions, Procedures procedures) {
        this.decisions = decisions;
        this.procedures = procedures;
    }

    @GetMapping
    String list(@RequestParam(required = false) String category, @RequestParam(required = false) String show,
            @RequestParam(required = false) Integer page, Model model) {
        DecisionCategory c = category(category);
        boolean awaiting = "awaiting".equals(show);
        Page<DecisionView> result = awaiting ? decisions.awaitingPublication(PageRequestParams.of(page, 25, Sort.unsorted()))
                : decisions.list(c, PageRequestParams.of(page, 25, Sort.unsorted()));
        model.addAttribute("decisions", result)
                .addAttribute("categories", Arrays.asList(DecisionCategory.values()))
                .addAttribute("category", c == null ? "" : c.name())
                .addAttribute("awaiting", awaiting)
                .addAttribute("awaitingCount", decisions.countAwaitingPublication())
                .addAttribute("overdueCount", decisions.countOverdue())
                .addAttribute("anyProcedure", procedures.anyPublished());
        Pages.links(model, result, "/manage/decisions", "category", c == null ? null : c.name(), "show", awaiting ? "awaiting" : null);
        return "governance/manage-decisions";
    }

    @GetMapping("/new")
    String newDecision(Model model) {
        DecisionForm form = new DecisionForm();
        procedures.currentPublished().stream().findFirst().ifPresent(v -> form.setProcedureVersionId(v.getId().toString()));
        model.addAttribute("decisionForm", form);
        return form(model);
    }

    @PostMapping("/new")
    String record(@ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        NewDecision d = form.toNewDecision(errors);
        decisions.check(d).stream().filter(p -> !errors.hasFieldErrors(p.field().equals("decidedOn") ? "decidedOnDay" : p.field()))
                .forEach(p -> Refusals.reject(errors, p));
        if (errors.hasErrors()) {
            return form(model);
        }
        try {
            Decision recorded = decisions.record(d);
            redirect.addFlashAttribute("saved", "governance.decision.recorded");
            return "redirect:/manage/decisions/" + recorded.getId();
        } catch (RefusedException e) {
            Refusals.apply(e, errors);
            return form(model);
        }
    }

    private String form(Model model) {
        model.addAttribute("categories", Arrays.asList(DecisionCategory.values()))
                .addAttribute("procedureVersions", procedures.published(PageRequest.of(0, 50)).getContent())
                .addAttribute("anyProcedure", procedures.anyPublished());
        return "governance/decision-new";
    }

    @GetMapping("/{decisionId}")
    String decision(@PathVariable UUID decisionId, Model model) {
        DecisionView view = decisions.view(decisionId).orElseThrow(ProceduresController::notFound);
        model.addAttribute("d", view).addAttribute("cases", decisions.authorisedCases(decisionId, PageRequest.of(0, 50)));
        return "governance/manage-decision";
    }

    @PostMapping("/{decisionId}/publish")
    String publish(@PathVariable UUID decisionId, @RequestParam long version, RedirectAttributes redirect) {
        Decision d = decisions.find(decisionId).orElseThrow(ProceduresController::notFound);
        try {
            decisions.publish(d.getId(), version);
            redirect.addFlashAttribute("saved", "governance.decision.publishedBanner");
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("problem", "governance.decision.stale");
        }
        return "redirect:/manage/decisions/" + d.getId();
    }

    @GetMapping("/{decisionId}/corrections/new")
    String newCorrection(@PathVariable UUID decisionId, Model model) {
        DecisionView view = decisions.view(decisionId).orElseThrow(ProceduresController::notFound);
        CorrectionForm form = new CorrectionForm();
        form.setSummary(view.currentSummary());
        form.setReasons(view.currentReasons());
        model.addAttribute("d", view).addAttribute("correctionForm", form);
        return "governance/correction-new";
    }

    @PostMapping("/{decisionId}/corrections/new")
    String correct(@PathVariable UUID decisionId, @ModelAttribute("correctionForm") CorrectionForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        DecisionView view = decisions.view(decisionId).orElseThrow(ProceduresController::notFound);
        String summary = same(form.getSummary(), view.currentSummary()) ? null : form.getSummary();
        String reasons = same(form.getReasons(), view.currentReasons()) ? null : form.getReasons();
        try {
            decisions.correct(decisionId, summary, reasons, form.getReason());
        } catch (RefusedException e) {
            Refusals.apply(e, errors);
            model.addAttribute("d", view);
            return "governance/correction-new";
        }
        redirect.addFlashAttribute("saved", "governance.correction.saved");
        return "redirect:/manage/decisions/" + decisionId;
    }

    private static boolean same(String typed, String current) {
        return typed == null || typed.isBlank() || typed.strip().equals(current == null ? "" : current.strip());
    }

    static DecisionCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(DecisionCategory.values()).filter(c -> c.name().equals(value) || c.letter().equalsIgnoreCase(value))
                .findFirst().orElse(null);
    }
}
