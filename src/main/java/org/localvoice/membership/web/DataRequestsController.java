package org.localvoice.membership.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.localvoice.membership.domain.DataProtection;
import org.localvoice.membership.domain.DataRequest;
import org.localvoice.membership.domain.Memberships;
import org.localvoice.membership.domain.Participant;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

/** Staff record and handle subject access and erasure requests, each with its due date and history. */
@Controller
@RequestMapping("/manage/data-requests")
class DataRequestsController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DataProtection protection;
    private final Memberships memberships;
    private final PersonalDataFiles files;

    DataRequestsController(DataProtection protection, Memberships memberships, PersonalDataFiles files) {
        this.protection = protection;
        this.memberships = memberships;
        this.files = files;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Page<DataRequest> open = protection.open(PageRequestParams.of(page, 25, Sort.unsorted()));
        model.addAttribute("page", open).addAttribute("today", LocalDate.now(LONDON))
                .addAttribute("names", open.stream().collect(java.util.stream.Collectors.toMap(DataRequest::getId,
                        r -> memberships.find(r.getParticipantId()).map(Participant::getDisplayName).orElse(""), (a, b) -> a)))
                .addAttribute("previousHref", open.hasPrevious() ? "/manage/data-requests?page=" + (open.getNumber() - 1) : null)
                .addAttribute("nextHref", open.hasNext() ? "/manage/data-requests?page=" + (open.getNumber() + 1) : null);
        return "membership/requests";
    }

    @GetMapping("/new")
    String newForm(@RequestParam UUID participant, Model model) {
        model.addAttribute("participant", participant(participant)).addAttribute("receivedOn", LocalDate.now(LONDON).toString());
        return "membership/request-new";
    }

    @PostMapping("/new")
    String open(@RequestParam UUID participant, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String receivedOn, Model model, RedirectAttributes redirect) {
        Participant p = participant(participant);
        LocalDate received = RoleForm.parse(receivedOn);
        DataRequest.Kind k = "ACCESS".equals(kind) ? DataRequest.Kind.ACCESS : "ERASURE".equals(kind) ? DataRequest.Kind.ERASURE : null;
        if (k == null || received == null || received.isAfter(LocalDate.now(LONDON))) {
            model.addAttribute("participant", p).addAttribute("receivedOn", receivedOn).addAttribute("kind", kind)
                    .addAttribute("kindError", k == null).addAttribute("dateError", received == null || received.isAfter(LocalDate.now(LONDON)));
            return "membership/request-new";
        }
        DataRequest r = protection.open(participant, k, received, null);
        redirect.addFlashAttribute("saved", "membership.requests.saved.opened");
        return "redirect:/manage/data-requests/" + r.getId();
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        DataRequest r = request(id);
        model.addAttribute("request", r).addAttribute("history", protection.history(id))
                .addAttribute("participant", memberships.find(r.getParticipantId()).orElseThrow())
                .addAttribute("today", LocalDate.now(LONDON));
        return "membership/request";
    }

    @GetMapping("/{id}/data.json")
    ResponseEntity<byte[]> data(@PathVariable UUID id) {
        DataRequest r = request(id);
        var data = protection.personalData(r.getParticipantId()).orElseThrow();
        protection.note(r, "DOWNLOADED", null);
        return files.json(data);
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        request(id);
        try {
            protection.complete(id, version, note);
        } catch (IllegalStateException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", "membership.requests.error.closed");
            return view(id, model);
        }
        redirect.addFlashAttribute("saved", "membership.requests.saved.completed");
        return "redirect:/manage/data-requests/" + id;
    }

    @PostMapping("/{id}/refuse")
    String refuse(@PathVariable UUID id, @RequestParam long version,
            @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        request(id);
        if (reason == null || reason.isBlank()) {
            model.addAttribute("problem", "membership.requests.error.reason");
            return view(id, model);
        }
        try {
            protection.refuse(id, version, reason);
        } catch (IllegalStateException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", "membership.requests.error.closed");
            return view(id, model);
        }
        redirect.addFlashAttribute("saved", "membership.requests.saved.refused");
        return "redirect:/manage/data-requests/" + id;
    }

    private DataRequest request(UUID id) {
        return protection.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Participant participant(UUID id) {
        return memberships.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
