package org.localvoice.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.EntryOutcome;
import org.localvoice.visits.domain.ObservationDetails;
import org.localvoice.visits.domain.Observations;
import org.localvoice.visits.domain.RefusalGround;
import org.localvoice.visits.domain.RefusedException;
import org.localvoice.visits.domain.Representatives;
import org.localvoice.visits.domain.Visit;
import org.localvoice.visits.domain.VisitPlanning;
import org.springframework.data.domain.Page;
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

/**
 * An authorised representative's own visits and the observation form for the day (works on a narrow phone
 * screen without JavaScript). A visit they are not on the team of gives 404.
 */
@Controller
@RequestMapping("/visits")
class RepresentativeVisitsController {

    private final Representatives representatives;
    private final Observations observations;
    private final VisitPlanning planning;

    RepresentativeVisitsController(Representatives representatives, Observations observations, VisitPlanning planning) {
        this.representatives = representatives;
        this.observations = observations;
        this.planning = planning;
    }

    @GetMapping
    String mine(@RequestParam(required = false) Integer page, Model model) {
        AuthorisedRepresentative me = me();
        model.addAttribute("me", me);
        if (me != null) {
            Page<Visit> result = observations.visitsOf(me.getId(), PageRequestParams.of(page, 25, Sort.unsorted()));
            model.addAttribute("page", result)
                    .addAttribute("previousHref", result.hasPrevious() ? "/visits?page=" + (result.getNumber() - 1) : null)
                    .addAttribute("nextHref", result.hasNext() ? "/visits?page=" + (result.getNumber() + 1) : null);
        }
        return "visits/my-visits";
    }

    @GetMapping("/{id}")
    String form(@PathVariable UUID id, Model model) {
        AuthorisedRepresentative me = required();
        Visit v = visit(id, me);
        ObservationForm form = observations.of(id, me.getId()).map(ObservationForm::of).orElseGet(ObservationForm::new);
        model.addAttribute("form", form);
        return page(v, me, model);
    }

    @PostMapping("/{id}")
    String save(@PathVariable UUID id, @ModelAttribute("form") ObservationForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AuthorisedRepresentative me = required();
        Visit v = visit(id, me);
        ObservationDetails details = form.validate(errors);
        if (errors.hasErrors()) {
            return page(v, me, model);
        }
        try {
            observations.save(id, me.getId(), form.getVersion(), details, form.submitting());
        } catch (RefusedException e) {
            Refusals.reject(errors, null, e);
            return page(v, me, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            observations.of(id, me.getId()).ifPresent(o -> form.setVersion(o.getVersion()));
            return page(v, me, model);
        }
        redirect.addFlashAttribute("saved", form.submitting() ? "visits.observation.submitted" : "visits.observation.saved");
        return form.submitting() ? "redirect:/visits" : "redirect:/visits/" + id;
    }

    private String page(Visit v, AuthorisedRepresentative me, Model model) {
        model.addAttribute("visit", v).addAttribute("me", me)
                .addAttribute("submitted", observations.of(v.getId(), me.getId()).map(o -> o.submitted()).orElse(false))
                .addAttribute("outcomes", EntryOutcome.values()).addAttribute("grounds", RefusalGround.values());
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", false);
        }
        return "visits/observation";
    }

    private Visit visit(UUID id, AuthorisedRepresentative me) {
        return planning.find(id).filter(v -> observations.onTeam(id, me.getId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private AuthorisedRepresentative me() {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        return representatives.of(user).orElse(null);
    }

    private AuthorisedRepresentative required() {
        AuthorisedRepresentative me = me();
        if (me == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return me;
    }
}
