package org.localvoice.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.shared.TenantContext;
import org.localvoice.visits.domain.NominatedPerson;
import org.localvoice.visits.domain.NominatedPersons;
import org.localvoice.visits.domain.ParticipantPicker;
import org.localvoice.visits.domain.RefusedException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network's nominated persons: staff see who they are; host managers nominate accounts of the network
 * or participants, and end nominations.
 */
@Controller
@RequestMapping("/manage/representatives/nominated")
class NominatedPersonsController {

    private final NominatedPersons nominated;
    private final Accounts accounts;
    private final ParticipantPicker participants;

    NominatedPersonsController(NominatedPersons nominated, Accounts accounts, ParticipantPicker participants) {
        this.nominated = nominated;
        this.accounts = accounts;
        this.participants = participants;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) String q, Model model) {
        return page(page, q, model);
    }

    @PostMapping
    String nominate(@RequestParam(required = false) String accountId, @RequestParam(required = false) String participantId,
            @RequestParam(required = false) String q, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        CurrentUser user = manager();
        UUID account = VisitForm.uuid(accountId);
        UUID participant = VisitForm.uuid(participantId);
        if (account == null && participant == null) {
            model.addAttribute("nomineeError", "visits.error.nomineeRequired");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(null, q, model);
        }
        try {
            if (account != null) {
                nominated.nominateAccount(account, user);
            } else {
                nominated.nominateParticipant(participant, user);
            }
        } catch (RefusedException e) {
            model.addAttribute("nomineeError", e.key()).addAttribute("nomineeArgs", e.args());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(null, q, model);
        }
        redirect.addFlashAttribute("saved", "visits.nominee.nominated");
        return "redirect:/manage/representatives/nominated";
    }

    @PostMapping("/{nomineeId}/end")
    String end(@PathVariable UUID nomineeId, @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        CurrentUser user = manager();
        NominatedPerson n = nominated.find(nomineeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            nominated.end(n.getId(), version, user);
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true);
            return page(null, null, model);
        } catch (RefusedException e) {
            model.addAttribute("nomineeError", e.key()).addAttribute("nomineeArgs", e.args());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(null, null, model);
        }
        redirect.addFlashAttribute("saved", "visits.nominee.ended");
        return "redirect:/manage/representatives/nominated";
    }

    private String page(Integer page, String q, Model model) {
        Page<NominatedPerson> current = nominated.current(PageRequestParams.of(page, 25, Sort.unsorted()));
        boolean manager = CurrentUser.get().map(u -> u.has(Role.HOST_MANAGER)).orElse(false);
        List<Accounts.AccountDetails> choices = manager
                ? accounts.inNetwork(TenantContext.requireNetwork(), PageRequest.of(0, 100)).getContent().stream()
                        .filter(Accounts.AccountDetails::enabled).toList()
                : List.of();
        model.addAttribute("current", current)
                .addAttribute("ended", nominated.ended(PageRequest.of(0, 10)))
                .addAttribute("manager", manager)
                .addAttribute("accountChoices", choices)
                .addAttribute("q", q)
                .addAttribute("people", manager && q != null && !q.isBlank() ? participants.search(q, 20) : List.of())
                .addAttribute("previousHref", current.hasPrevious() ? "/manage/representatives/nominated?page=" + (current.getNumber() - 1) : null)
                .addAttribute("nextHref", current.hasNext() ? "/manage/representatives/nominated?page=" + (current.getNumber() + 1) : null);
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", false);
        }
        if (!model.containsAttribute("nomineeError")) {
            model.addAttribute("nomineeError", null);
        }
        if (!model.containsAttribute("nomineeArgs")) {
            model.addAttribute("nomineeArgs", new Object[0]);
        }
        return "visits/nominated";
    }

    private static CurrentUser manager() {
        CurrentUser user = RepresentativesController.user();
        if (!user.has(Role.HOST_MANAGER)) {
            throw new AccessDeniedException("Only host managers nominate");
        }
        return user;
    }
}
