package org.localvoice.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.Networks;
import org.localvoice.visits.domain.ProviderLetters;
import org.localvoice.visits.domain.RefusedException;
import org.localvoice.visits.domain.Today;
import org.localvoice.visits.domain.Visit;
import org.localvoice.visits.domain.VisitPlanning;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notice letter to the provider that controls the premises: to print (and record the date sent), or sent by e-mail. */
@Controller
@RequestMapping("/manage/visits/{id}/notice")
class NoticeController {

    private final VisitPlanning planning;
    private final Networks networks;
    private final Today today;
    private final VisitPage page;
    private final ProviderLetters letters;

    NoticeController(VisitPlanning planning, Networks networks, Today today, VisitPage page, ProviderLetters letters) {
        this.letters = letters;
        this.planning = planning;
        this.networks = networks;
        this.today = today;
        this.page = page;
    }

    @GetMapping
    String letter(@PathVariable UUID id, Model model) {
        Visit v = load(id);
        model.addAttribute("visit", v).addAttribute("team", planning.teamOf(id))
                .addAttribute("network", networks.findById(TenantContext.requireNetwork()).orElseThrow())
                .addAttribute("today", today.date());
        return "visits/notice";
    }

    @PostMapping
    String sent(@PathVariable UUID id, @ModelAttribute("noticeForm") NoticeForm form, BindingResult errors, @RequestParam long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Visit v = load(id);
        LocalDate on = Dates.require(errors, "sentOn", form.getSentOn(), "visits.dateName.sentOn");
        Dates.notFuture(errors, "sentOn", on, today.date(), "visits.dateName.sentOn");
        if (errors.hasErrors()) {
            return page.show(v, model);
        }
        try {
            planning.noticeSent(id, version, on);
        } catch (RefusedException e) {
            errors.reject(e.key());
            return page.show(v, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            return page.show(load(id), model);
        }
        redirect.addFlashAttribute("saved", "visits.notice.recorded");
        return "redirect:/manage/visits/" + id;
    }

    /** Sends the notice letter by e-mail to the provider in control of the premises, and records it. */
    @PostMapping(params = "action=email")
    String email(@PathVariable UUID id, @RequestParam(required = false) String to, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Visit v = load(id);
        if (to == null || to.isBlank()) {
            return emailError(v, "visits.error.emailRequired", to, model);
        }
        if (!ProviderLetters.validAddress(to)) {
            return emailError(v, "visits.error.emailInvalid", to, model);
        }
        try {
            letters.emailNotice(id, version, to);
        } catch (RefusedException e) {
            return emailError(v, e.key(), to, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            model.addAttribute("noticeTo", to);
            return page.show(load(id), model);
        }
        redirect.addFlashAttribute("saved", "visits.letter.notice.sent");
        return "redirect:/manage/visits/" + id;
    }

    private String emailError(Visit v, String key, String to, Model model) {
        model.addAttribute("noticeEmailError", key).addAttribute("noticeTo", to);
        return page.show(v, model);
    }

    private Visit load(UUID id) {
        return planning.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
