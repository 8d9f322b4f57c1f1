package org.localvoice.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.visits.domain.EnterAndViewDecisions;
import org.localvoice.visits.domain.PlanProblem;
import org.localvoice.visits.domain.RefusedException;
import org.localvoice.visits.domain.Representatives;
import org.localvoice.visits.domain.Today;
import org.localvoice.visits.domain.ViewArea;
import org.localvoice.visits.domain.Visit;
import org.localvoice.visits.domain.VisitPlan;
import org.localvoice.visits.domain.VisitPlanning;
import org.localvoice.visits.domain.VisitStage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages for planning Enter and View visits. */
@Controller
@RequestMapping("/manage/visits")
class VisitsController {

    private final VisitPlanning planning;
    private final Representatives representatives;
    private final EnterAndViewDecisions decisions;
    private final Directory directory;
    private final Today today;
    private final VisitPage page;

    VisitsController(VisitPlanning planning, Representatives representatives, EnterAndViewDecisions decisions, Directory directory,
            Today today, VisitPage page) {
        this.planning = planning;
        this.representatives = representatives;
        this.decisions = decisions;
        this.directory = directory;
        this.today = today;
        this.page = page;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Page<Visit> result = planning.page(PageRequestParams.of(page, 25, Sort.unsorted()));
        model.addAttribute("page", result)
                .addAttribute("previousHref", result.hasPrevious() ? "/manage/visits?page=" + (result.getNumber() - 1) : null)
                .addAttribute("nextHref", result.hasNext() ? "/manage/visits?page=" + (result.getNumber() + 1) : null);
        return "visits/visits";
    }

    @GetMapping("/new")
    String add(@RequestParam(required = false) String q, Model model) {
        VisitForm form = new VisitForm();
        form.setCareProvided(true);
        model.addAttribute("form", form);
        return formPage(q, null, model);
    }

    @PostMapping("/new")
    String create(@RequestParam(required = false) String q, @ModelAttribute("form") VisitForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        VisitPlan plan = plan(form, errors);
        if (plan == null) {
            return formPage(q, null, model);
        }
        try {
            UUID id = planning.plan(plan, form.teamIds());
            redirect.addFlashAttribute("saved", "visits.visit.planned");
            return "redirect:/manage/visits/" + id;
        } catch (RefusedException e) {
            Refusals.reject(errors, null, e);
            return formPage(q, null, model);
        }
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        return page.show(load(id), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Visit v = load(id);
        model.addAttribute("form", VisitForm.of(v, planning.teamOf(id)));
        return formPage(null, v, model);
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable UUID id, @ModelAttribute("form") VisitForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Visit v = load(id);
        if (v.stage().compareTo(VisitStage.SENT_TO_PROVIDER) >= 0) {
            errors.reject("visits.refused.planClosed");
            return formPage(null, v, model);
        }
        VisitPlan plan = plan(form, errors);
        if (plan == null) {
            return formPage(null, v, model);
        }
        try {
            planning.change(id, form.getVersion(), plan, form.teamIds());
        } catch (RefusedException e) {
            Refusals.reject(errors, null, e);
            return formPage(null, v, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(load(id).getVersion());
            model.addAttribute("stale", true);
            return formPage(null, v, model);
        }
        redirect.addFlashAttribute("saved", "visits.visit.changed");
        return "redirect:/manage/visits/" + id;
    }

    /** The plan from the form, after the form's and the plan's checks; null when anything is wrong. */
    private VisitPlan plan(VisitForm form, BindingResult errors) {
        form.validate(errors, today.date());
        PremisesSummary premises = form.getPremisesId() == null ? null
                : directory.premises(VisitForm.uuid(form.getPremisesId())).orElse(null);
        if (premises == null && !errors.hasFieldErrors("premisesId")) {
            errors.rejectValue("premisesId", "visits.error.premisesRequired");
        }
        if (errors.hasErrors()) {
            return null;
        }
        UUID decisionId = VisitForm.uuid(form.getDecisionId());
        String summary = decisions.choices().stream().filter(d -> d.id().equals(decisionId)).map(EnterAndViewDecisions.Decision::summary)
                .findFirst().orElse(null);
        VisitPlan plan = new VisitPlan(premises.id(), premises.name(), premises.address() + ", " + premises.postcode(),
                Controllers.controllerId(premises), premises.controllerName(), decisionId, summary, form.visitDate(),
                blank(form.getVisitTime()), form.getPurpose().trim(), "yes".equals(form.getAnnounced()), form.areaList(),
                blank(form.getOtherAreas()), blank(form.getPrivacyMeasures()), form.isCareProvided());
        List<PlanProblem> problems = planning.problems(plan, form.teamIds());
        for (PlanProblem p : problems) {
            errors.rejectValue(p.field(), p.key(), Refusals.args(p.args()), null);
        }
        return problems.isEmpty() ? plan : null;
    }

    private String formPage(String q, Visit visit, Model model) {
        VisitForm form = (VisitForm) model.getAttribute("form");
        List<PremisesSummary> found = q == null || q.isBlank() ? List.of()
                : directory.search(new DirectorySearch(q, null, null, null, null), PageRequest.of(0, 10)).getContent();
        PremisesSummary chosen = form.getPremisesId() == null ? null
                : directory.premises(VisitForm.uuid(form.getPremisesId())).orElse(null);
        var reps = representatives.page(PageRequest.of(0, 100)).getContent();
        model.addAttribute("q", q).addAttribute("visit", visit)
                .addAttribute("found", found).addAttribute("chosen", chosen)
                .addAttribute("decisions", decisions.choices())
                .addAttribute("reps", reps)
                .addAttribute("repStatus", reps.stream().map(r -> representatives.authorisation(r).status()).toList())
                .addAttribute("allowedAreas", java.util.Arrays.stream(ViewArea.values()).filter(a -> !a.excluded()).toList())
                .addAttribute("excludedAreas", java.util.Arrays.stream(ViewArea.values()).filter(ViewArea::excluded).toList());
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", false);
        }
        return "visits/visit-form";
    }

    private Visit load(UUID id) {
        return planning.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
