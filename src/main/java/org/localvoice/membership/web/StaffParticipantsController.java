package org.localvoice.membership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.localvoice.membership.domain.Interests;
import org.localvoice.membership.domain.JoinedVia;
import org.localvoice.membership.domain.Memberships;
import org.localvoice.membership.domain.NewParticipant;
import org.localvoice.membership.domain.Participant;
import org.localvoice.membership.domain.ParticipantStatus;
import org.localvoice.shared.PageRequestParams;
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

/** Staff find, add and edit the network's participants. Another network's participant gives 404. */
@Controller
@RequestMapping("/manage/participants")
class StaffParticipantsController {

    private final Memberships memberships;
    private final ParticipantPage pages;

    StaffParticipantsController(Memberships memberships, ParticipantPage pages) {
        this.memberships = memberships;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, Model model) {
        ParticipantStatus wanted = parseStatus(status);
        Page<Participant> result = memberships.search(q, wanted, PageRequestParams.of(page, 25, Sort.unsorted()));
        String base = PageLinks.base("/manage/participants", "q", q, "status", wanted == null ? null : wanted.name());
        model.addAttribute("page", result).addAttribute("q", q).addAttribute("status", wanted == null ? "" : wanted.name())
                .addAttribute("statuses", ParticipantStatus.values())
                .addAttribute("waiting", memberships.waitingForDecision())
                .addAttribute("previousHref", result.hasPrevious() ? base + "page=" + (result.getNumber() - 1) : null)
                .addAttribute("nextHref", result.hasNext() ? base + "page=" + (result.getNumber() + 1) : null);
        return "membership/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("participantForm", new ParticipantForm());
        return "membership/new";
    }

    @PostMapping("/new")
    String add(@ModelAttribute("participantForm") ParticipantForm form, BindingResult errors, RedirectAttributes redirect) {
        form.validateAll(errors);
        if (errors.hasErrors()) {
            return "membership/new";
        }
        Participant p = memberships.join(new NewParticipant(form.getKind(), form.getOrganisationKind(), form.getName(),
                form.contactDetails(), Interests.parse(form.getInterests()), null), JoinedVia.STAFF, null);
        redirect.addFlashAttribute("saved", "membership.saved.added");
        return "redirect:/manage/participants/" + p.getId();
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        return pages.show(participant(id), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Participant p = participant(id);
        model.addAttribute("participantForm", pages.formOf(p)).addAttribute("participant", p);
        return "membership/edit";
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable UUID id, @ModelAttribute("participantForm") ParticipantForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Participant p = participant(id);
        form.setKind(p.getKind());
        model.addAttribute("participant", p);
        form.validateAll(errors);
        if (errors.hasErrors()) {
            return "membership/edit";
        }
        try {
            memberships.edit(id, form.getVersion(), form.getName(), form.getOrganisationKind(), form.contactDetails(),
                    Interests.parse(form.getInterests()));
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(participant(id).getVersion());
            model.addAttribute("stale", true);
            return "membership/edit";
        }
        redirect.addFlashAttribute("saved", "membership.saved.edited");
        return "redirect:/manage/participants/" + id;
    }

    @PostMapping("/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Participant p = participant(id);
        if (!"accept".equals(outcome) && !"decline".equals(outcome)) {
            return pages.decisionProblem(p, "membership.decision.error.outcome", reason, model, response);
        }
        try {
            memberships.decide(id, version, "accept".equals(outcome), reason);
        } catch (IllegalStateException e) {
            return pages.decisionProblem(p, e.getMessage(), reason, model, response);
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            return pages.decisionProblem(participant(id), "membership.stale", reason, model, response);
        }
        redirect.addFlashAttribute("saved", "accept".equals(outcome) ? "membership.saved.accepted" : "membership.saved.declined");
        return "redirect:/manage/participants/" + id;
    }

    /** Marks a member as left on a day, with the reason (appended to the membership history). */
    @PostMapping("/{id}/left")
    String left(@PathVariable UUID id, @ModelAttribute("leaveForm") LeaveForm form, BindingResult errors, @RequestParam long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Participant p = participant(id);
        java.time.LocalDate on = org.localvoice.shared.DateInput.require(errors, "leftOn", form.getLeftOn(), "membership.left.onName");
        org.localvoice.shared.DateInput.notFuture(errors, "leftOn", on, java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")),
                "membership.left.onName");
        if (form.getLeftReason() == null || form.getLeftReason().isBlank()) {
            errors.rejectValue("leftReason", "membership.left.error.reasonRequired");
        } else if (form.getLeftReason().length() > 1000) {
            errors.rejectValue("leftReason", "membership.left.error.reasonTooLong");
        }
        if (!errors.hasErrors()) {
            try {
                memberships.markLeft(id, version, on, form.getLeftReason());
                redirect.addFlashAttribute("saved", "membership.saved.left");
                return "redirect:/manage/participants/" + id;
            } catch (IllegalStateException e) {
                errors.reject(e.getMessage());
            } catch (ObjectOptimisticLockingFailureException e) {
                response.setStatus(HttpStatus.CONFLICT.value());
                errors.reject("membership.stale");
                p = participant(id);
            }
        }
        return pages.show(p, model);
    }

    Participant participant(UUID id) {
        return memberships.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ParticipantStatus parseStatus(String s) {
        try {
            return s == null || s.isBlank() ? null : ParticipantStatus.valueOf(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
