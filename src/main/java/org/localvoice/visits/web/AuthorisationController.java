package org.localvoice.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.RefusedException;
import org.localvoice.visits.domain.Representatives;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The nominated person's decision, issuing written evidence of authorisation, and withdrawing it: each a
 * form posted to the representative's page with its {@code action}.
 */
@Controller
@RequestMapping("/manage/representatives/{id}")
class AuthorisationController {

    private final Representatives representatives;
    private final RepresentativePage page;

    AuthorisationController(Representatives representatives, RepresentativePage page) {
        this.representatives = representatives;
        this.page = page;
    }

    @PostMapping(params = "action=consider")
    String consider(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AuthorisedRepresentative r = load(id);
        if (!"yes".equals(form.getSuitable()) && !"no".equals(form.getSuitable())) {
            errors.rejectValue("suitable", "visits.error.suitableRequired");
        }
        if (form.getNote() != null && form.getNote().length() > 2000) {
            errors.rejectValue("note", "visits.error.tooLong2000");
        }
        return act(r, form, errors, model, redirect, response, "suitable", "visits.rep.consideredSaved",
                () -> representatives.consider(id, form.getVersion(), RepresentativesController.user(), "yes".equals(form.getSuitable()),
                        blankToNull(form.getNote())));
    }

    @PostMapping(params = "action=issue")
    String issue(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(load(id), form, errors, model, redirect, response, null, "visits.rep.issued",
                () -> representatives.issue(id, form.getVersion()));
    }

    @PostMapping(params = "action=withdraw")
    String withdraw(@PathVariable UUID id, @ModelAttribute("actionForm") ActionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AuthorisedRepresentative r = load(id);
        if (form.getReason() == null || form.getReason().isBlank()) {
            errors.rejectValue("reason", "visits.error.reasonRequired");
        } else if (form.getReason().length() > 2000) {
            errors.rejectValue("reason", "visits.error.tooLong2000");
        }
        return act(r, form, errors, model, redirect, response, "reason", "visits.rep.withdrawn",
                () -> representatives.withdraw(id, form.getVersion(), form.getReason().trim()));
    }

    private String act(AuthorisedRepresentative r, ActionForm form, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String field, String done, Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("saved", done);
                return "redirect:/manage/representatives/" + r.getId();
            } catch (RefusedException e) {
                Refusals.reject(errors, field, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("stale", true);
                r = load(r.getId());
                form.setVersion(r.getVersion());
            }
        }
        return page.show(r, model, form);
    }

    private AuthorisedRepresentative load(UUID id) {
        return representatives.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
