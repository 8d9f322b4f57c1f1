package org.localvoice.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.GoverningBodySignOff;
import org.localvoice.visits.domain.Observations;
import org.localvoice.visits.domain.ProviderLetters;
import org.localvoice.visits.domain.RefusedException;
import org.localvoice.visits.domain.Today;
import org.localvoice.visits.domain.Visit;
import org.localvoice.visits.domain.VisitPlanning;
import org.localvoice.visits.domain.VisitReports;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visit report: drafting from the observations, sending the draft to the provider for factual-accuracy
 * comments, recording them, and publishing once the governing body has signed it off.
 */
@Controller
@RequestMapping("/manage/visits/{id}/report")
class ReportController {

    private final VisitPlanning planning;
    private final VisitReports reports;
    private final Observations observations;
    private final GoverningBodySignOff signOff;
    private final ReportDrafts drafts;
    private final Today today;
    private final org.localvoice.tenancy.Networks networks;
    private final ProviderLetters letters;

    ReportController(VisitPlanning planning, VisitReports reports, Observations observations, GoverningBodySignOff signOff,
            ReportDrafts drafts, Today today, org.localvoice.tenancy.Networks networks, ProviderLetters letters) {
        this.letters = letters;
        this.networks = networks;
        this.planning = planning;
        this.reports = reports;
        this.observations = observations;
        this.signOff = signOff;
        this.drafts = drafts;
        this.today = today;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        Visit v = load(id);
        ReportForm form = drafts.prefill(v, observations.forVisit(id), names(id), LocaleContextHolder.getLocale());
        form.setTo(letters.providerEmail(v).orElse(null));
        model.addAttribute("form", form);
        return page(v, model);
    }

    @GetMapping("/draft")
    String draftForProvider(@PathVariable UUID id, Model model) {
        Visit v = load(id);
        if (v.getReport().getSummary() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("visit", v);
        return "visits/report-draft";
    }

    @PostMapping(params = "!action")
    String draft(@PathVariable UUID id, @ModelAttribute("form") ReportForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Visit v = load(id);
        form.validateDraft(errors);
        return act(v, form, errors, model, redirect, response, "visits.report.saved",
                () -> reports.draft(id, form.getVersion(), form.getSummary().trim(), form.getFindings().trim(),
                        form.getRecommendations() == null ? null : form.getRecommendations().trim()));
    }

    @PostMapping(params = "action=send")
    String send(@PathVariable UUID id, @ModelAttribute("form") ReportForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Visit v = load(id);
        LocalDate on = Dates.require(errors, "sentOn", form.getSentOn(), "visits.dateName.sentOn");
        Dates.notFuture(errors, "sentOn", on, today.date(), "visits.dateName.sentOn");
        keepDraft(v, form);
        return act(v, form, errors, model, redirect, response, "visits.report.sent", () -> reports.sendToProvider(id, form.getVersion(), on));
    }

    /** E-mails the draft to the provider in control of the premises, with the date comments are due. */
    @PostMapping(params = "action=email")
    String email(@PathVariable UUID id, @ModelAttribute("form") ReportForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Visit v = load(id);
        if (form.getTo() == null || form.getTo().isBlank()) {
            errors.rejectValue("to", "visits.error.emailRequired");
        } else if (!ProviderLetters.validAddress(form.getTo())) {
            errors.rejectValue("to", "visits.error.emailInvalid");
        }
        keepDraft(v, form);
        return act(v, form, errors, model, redirect, response, "visits.letter.draft.sent",
                () -> letters.emailDraft(id, form.getVersion(), form.getTo()));
    }

    @PostMapping(params = "action=comments")
    String comments(@PathVariable UUID id, @ModelAttribute("form") ReportForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Visit v = load(id);
        if (form.getComments() == null || form.getComments().isBlank()) {
            errors.rejectValue("comments", "visits.error.commentsRequired");
        } else if (form.getComments().length() > 8000) {
            errors.rejectValue("comments", "visits.error.tooLong8000");
        }
        LocalDate on = Dates.require(errors, "receivedOn", form.getReceivedOn(), "visits.dateName.receivedOn");
        Dates.notFuture(errors, "receivedOn", on, today.date(), "visits.dateName.receivedOn");
        keepDraft(v, form);
        return act(v, form, errors, model, redirect, response, "visits.report.commentsSaved",
                () -> reports.recordComments(id, form.getVersion(), form.getComments().trim(), on));
    }

    @PostMapping(params = "action=publish")
    String publish(@PathVariable UUID id, @ModelAttribute("form") ReportForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Visit v = load(id);
        keepDraft(v, form);
        return act(v, form, errors, model, redirect, response, "visits.report.published", () -> reports.publish(id, form.getVersion()));
    }

    private String act(Visit v, ReportForm form, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response, String done, Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("saved", done);
                return "redirect:/manage/visits/" + v.getId() + "/report";
            } catch (RefusedException e) {
                Refusals.reject(errors, null, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("stale", true);
                v = load(v.getId());
                form.setVersion(v.getVersion());
            }
        }
        return page(v, model);
    }

    /** The small forms post only their own fields: show the stored draft beside them. */
    private static void keepDraft(Visit v, ReportForm form) {
        if (form.getSummary() == null) {
            form.setSummary(v.getReport().getSummary());
            form.setFindings(v.getReport().getFindings());
            form.setRecommendations(v.getReport().getRecommendations());
        }
    }

    private String page(Visit v, Model model) {
        model.addAttribute("visit", v).addAttribute("signOff", signOff.of(v.getId()).orElse(null))
                .addAttribute("network", networks.findById(org.localvoice.shared.TenantContext.requireNetwork()).orElse(null));
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", false);
        }
        return "visits/report";
    }

    private java.util.Map<UUID, String> names(UUID id) {
        List<AuthorisedRepresentative> team = planning.teamOf(id);
        return team.stream().collect(java.util.stream.Collectors.toMap(AuthorisedRepresentative::getId, AuthorisedRepresentative::getName));
    }

    private Visit load(UUID id) {
        return planning.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
