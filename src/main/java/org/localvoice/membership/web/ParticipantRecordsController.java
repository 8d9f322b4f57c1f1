package org.localvoice.membership.web;

import java.util.UUID;
import org.localvoice.membership.Participants;
import org.localvoice.membership.domain.ParticipantRecords;
import org.localvoice.membership.domain.Participant;
import org.localvoice.shared.PageRequestParams;
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

/** Staff name an organisation's representatives and record volunteer roles. */
@Controller
@RequestMapping("/manage/participants/{id}")
class ParticipantRecordsController {

    private final ParticipantRecords records;
    private final Participants participants;
    private final StaffParticipantsController staff;
    private final ParticipantPage pages;

    ParticipantRecordsController(ParticipantRecords records, Participants participants, StaffParticipantsController staff,
            ParticipantPage pages) {
        this.records = records;
        this.participants = participants;
        this.staff = staff;
        this.pages = pages;
    }

    @GetMapping("/representatives")
    String choose(@PathVariable UUID id, @RequestParam(required = false) String q, Model model) {
        Participant org = staff.participant(id);
        model.addAttribute("participant", org).addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("matches", participants.search(q, PageRequestParams.of(0, 20, Sort.unsorted()))
                    .filter(s -> s.person()).toList());
        }
        return "membership/representatives";
    }

    @PostMapping("/representatives")
    String name(@PathVariable UUID id, @RequestParam UUID personId, RedirectAttributes redirect) {
        staff.participant(id);
        records.nameRepresentative(id, personId).ifPresentOrElse(problem -> redirect.addFlashAttribute("problem", problem),
                () -> redirect.addFlashAttribute("saved", "membership.saved.representative"));
        return "redirect:/manage/participants/" + id;
    }

    @PostMapping("/representatives/{linkId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID linkId, RedirectAttributes redirect) {
        staff.participant(id);
        if (!records.removeRepresentative(id, linkId)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("saved", "membership.saved.representativeRemoved");
        return "redirect:/manage/participants/" + id;
    }

    @PostMapping("/roles")
    String addRole(@PathVariable UUID id, @ModelAttribute("roleForm") RoleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        Participant p = staff.participant(id);
        form.validate(errors);
        if (errors.hasErrors()) {
            return pages.show(p, model);
        }
        records.addRole(id, form.getRole(), RoleForm.parse(form.getFrom()), RoleForm.parse(form.getTo()));
        redirect.addFlashAttribute("saved", "membership.saved.role");
        return "redirect:/manage/participants/" + id + "#roles";
    }
}
