package org.localvoice.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.Networks;
import org.localvoice.visits.domain.Today;
import org.localvoice.visits.domain.Visit;
import org.localvoice.visits.domain.VisitPlanning;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notice letter to the provider that controls the premises (to print), and the date it was sent. */
@Controller
@RequestMapping("/manage/visits/{id}/notice")
class NoticeController {

    private final VisitPlanning planning;
    private final Networks networks;
    private final Today today;
    private final VisitPage page;

    NoticeController(VisitPlanning planning, Networks networks, Today today, VisitPage page) {
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
    String sent(@PathVariable UUID id, @RequestParam(required = false) String sentOn, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Visit v = load(id);
        LocalDate on = Dates.parse(sentOn);
        if (on == null || on.isAfter(today.date())) {
            model.addAttribute("noticeError", on == null ? "visits.error.dateReal" : "visits.error.dateFuture");
            model.addAttribute("sentOn", sentOn);
            return page.show(v, model);
        }
        try {
            planning.noticeSent(id, version, on);
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            model.addAttribute("sentOn", sentOn);
            return page.show(load(id), model);
        }
        redirect.addFlashAttribute("saved", "visits.notice.recorded");
        return "redirect:/manage/visits/" + id;
    }

    private Visit load(UUID id) {
        return planning.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
