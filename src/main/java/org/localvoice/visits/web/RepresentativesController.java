package org.localvoice.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.CheckType;
import org.localvoice.visits.domain.ParticipantPicker;
import org.localvoice.visits.domain.RefusedException;
import org.localvoice.visits.domain.Representatives;
import org.localvoice.visits.domain.Today;
import org.localvoice.visits.domain.TrainingAndCheck;
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

/** Staff pages for authorised representatives: the list, adding one, recording training and check. */
@Controller
@RequestMapping("/manage/representatives")
class RepresentativesController {

    private final Representatives representatives;
    private final ParticipantPicker participants;
    private final Today today;
    private final RepresentativePage page;

    RepresentativesController(Representatives representatives, ParticipantPicker participants, Today today, RepresentativePage page) {
        this.representatives = representatives;
        this.participants = participants;
        this.today = today;
        this.page = page;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Page<AuthorisedRepresentative> result = representatives.page(PageRequestParams.of(page, 25, Sort.unsorted()));
        model.addAttribute("page", result)
                .addAttribute("statuses", result.getContent().stream().map(representatives::authorisation).toList())
                .addAttribute("previousHref", result.hasPrevious() ? "/manage/representatives?page=" + (result.getNumber() - 1) : null)
                .addAttribute("nextHref", result.hasNext() ? "/manage/representatives?page=" + (result.getNumber() + 1) : null);
        return "visits/representatives";
    }

    @GetMapping("/new")
    String add(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("form", new RepresentativeForm());
        return addPage(q, model);
    }

    @PostMapping("/new")
    String create(@RequestParam(required = false) String q, @ModelAttribute("form") RepresentativeForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ParticipantPicker.Person person = null;
        try {
            person = form.getParticipantId() == null ? null
                    : participants.find(UUID.fromString(form.getParticipantId())).orElse(null);
        } catch (IllegalArgumentException e) {
            person = null;
        }
        if (person == null) {
            errors.rejectValue("participantId", "visits.error.participantRequired");
        }
        TrainingAndCheck details = form.validate(errors, today.date());
        if (errors.hasErrors()) {
            return addPage(q, model);
        }
        try {
            UUID id = representatives.add(person.id(), person.name(), person.email(), details);
            redirect.addFlashAttribute("saved", "visits.rep.added");
            return "redirect:/manage/representatives/" + id;
        } catch (RefusedException e) {
            Refusals.reject(errors, "participantId", e);
            return addPage(q, model);
        }
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        return page.show(load(id), model, new ActionForm());
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        AuthorisedRepresentative r = load(id);
        model.addAttribute("form", RepresentativeForm.of(r));
        return editPage(r, model);
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable UUID id, @ModelAttribute("form") RepresentativeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AuthorisedRepresentative r = load(id);
        TrainingAndCheck details = form.validate(errors, today.date());
        if (errors.hasErrors()) {
            return editPage(r, model);
        }
        try {
            representatives.record(id, form.getVersion(), details);
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(load(id).getVersion());
            model.addAttribute("stale", true);
            return editPage(r, model);
        }
        redirect.addFlashAttribute("saved", "visits.rep.recorded");
        return "redirect:/manage/representatives/" + id;
    }

    private String addPage(String q, Model model) {
        model.addAttribute("q", q)
                .addAttribute("people", participants.search(q, 20))
                .addAttribute("checkTypes", CheckType.values())
                .addAttribute("settings", representatives.settings());
        model.addAttribute("stale", false);
        return "visits/representative-new";
    }

    private String editPage(AuthorisedRepresentative r, Model model) {
        model.addAttribute("rep", r).addAttribute("checkTypes", CheckType.values()).addAttribute("settings", representatives.settings());
        if (!model.containsAttribute("stale")) {
            model.addAttribute("stale", false);
        }
        return "visits/representative-edit";
    }

    private AuthorisedRepresentative load(UUID id) {
        return representatives.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
