package org.localvoice.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.feedback.domain.Experience;
import org.localvoice.feedback.domain.Experiences;
import org.localvoice.feedback.domain.Moderation;
import org.localvoice.feedback.domain.PersonalDataDetector;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The moderation queue (newest first, by status) and one view's moderation: likely personal data
 * highlighted, the moderator's redacted text, publish / hold / reject. A decision on a view someone
 * else has just moderated is refused with the typed text kept.
 */
@Controller
@RequestMapping("/manage/views")
class ModerationController {

    static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

    private final Experiences experiences;
    private final Moderation moderation;
    private final PersonalDataDetector detector = new PersonalDataDetector();

    ModerationController(Experiences experiences, Moderation moderation) {
        this.experiences = experiences;
        this.moderation = moderation;
    }

    @GetMapping
    String queue(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page, Model model) {
        ViewStatus filter = Arrays.stream(ViewStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        Page<Experience> views = experiences.queueCapped(filter, PageRequestParams.of(page, 25, NEWEST));
        String base = "/manage/views?" + (filter == null ? "" : "status=" + filter.name() + "&");
        model.addAttribute("views", views).addAttribute("moreThan", Experiences.countCapped(views) ? views.getTotalElements() - 1 : null)
                .addAttribute("status", filter == null ? "" : filter.name())
                .addAttribute("statuses", Arrays.stream(ViewStatus.values()).map(Enum::name).toList())
                .addAttribute("previousHref", views.hasPrevious() ? base + "page=" + (views.getNumber() - 1) : null)
                .addAttribute("nextHref", views.hasNext() ? base + "page=" + (views.getNumber() + 1) : null);
        return "feedback/queue";
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        Experience view = find(id);
        ModerationForm form = new ModerationForm();
        form.setText(view.getText());
        form.setVersion(view.getVersion());
        model.addAttribute("moderationForm", form);
        return page(view, form, model);
    }

    @PostMapping("/{id}")
    String decide(@PathVariable UUID id, @ModelAttribute("moderationForm") ModerationForm form, BindingResult errors,
            @RequestParam(required = false) String action, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Experience view = find(id);
        if ("redact".equals(action)) {
            String typed = form.getText() == null ? "" : form.getText();
            form.setText(PersonalDataDetector.redact(typed, detector.find(typed)));
            return page(view, form, model);
        }
        form.validate(errors);
        if (view.isSafeguardingOpen() && form.decisionValue() == Moderation.Decision.PUBLISH) {
            errors.rejectValue("decision", "feedback.error.decision.safeguarding");
        }
        if (errors.hasErrors()) {
            return page(view, form, model);
        }
        try {
            Experience saved = moderation.decide(id, form.getVersion(), form.decisionValue(), form.getText().trim(), form.cleanReason());
            redirect.addFlashAttribute("moderated", saved.getStatus().name());
            redirect.addFlashAttribute("moderatedReference", saved.getReference());
            return "redirect:/manage/views";
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Experience current = find(id);
            form.setVersion(current.getVersion());
            model.addAttribute("stale", current.getStatus().name());
            return page(current, form, model);
        }
    }

    @PreAuthorize("hasRole('HOST_MANAGER')")
    @GetMapping("/{id}/original")
    String original(@PathVariable UUID id, Model model) {
        Experience view = find(id);
        model.addAttribute("view", view).addAttribute("original", moderation.original(id).orElse(""));
        return "feedback/original";
    }

    @PreAuthorize("hasRole('HOST_MANAGER')")
    @PostMapping("/{id}/erase-contact")
    String eraseContact(@PathVariable UUID id, RedirectAttributes redirect) {
        find(id);
        moderation.eraseContact(id);
        redirect.addFlashAttribute("erased", true);
        return "redirect:/manage/views/" + id;
    }

    String page(Experience view, ModerationForm form, Model model) {
        List<PersonalDataDetector.Span> spans = detector.find(view.getText());
        model.addAttribute("view", view)
                .addAttribute("pieces", Highlights.of(view.getText(), spans))
                .addAttribute("suggestions", spans.size())
                .addAttribute("contact", experiences.contact(view.getId()).orElse(null))
                .addAttribute("manager", CurrentUser.get().map(u -> u.has(Role.HOST_MANAGER)).orElse(false))
                .addAttribute("decisions", Arrays.stream(Moderation.Decision.values()).map(Enum::name).toList());
        return "feedback/moderate";
    }

    private Experience find(UUID id) {
        return experiences.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
