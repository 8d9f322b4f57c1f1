package org.localvoice.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.localvoice.feedback.domain.Experience;
import org.localvoice.feedback.domain.Experiences;
import org.localvoice.feedback.domain.Safeguarding;
import org.localvoice.feedback.domain.SafeguardingKeywords;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Possible safeguarding concerns: a moderator flags a view; host managers see the open concerns, record
 * what was done (an append-only dated log) and close them. The network's own keywords are kept here too.
 */
@Controller
class SafeguardingController {

    static final int MAX_NOTE = 2000;

    private final Experiences experiences;
    private final Safeguarding safeguarding;
    private final SafeguardingKeywords keywords;
    private final ModerationController moderationPages;

    SafeguardingController(Experiences experiences, Safeguarding safeguarding, SafeguardingKeywords keywords,
            ModerationController moderationPages) {
        this.experiences = experiences;
        this.safeguarding = safeguarding;
        this.keywords = keywords;
        this.moderationPages = moderationPages;
    }

    @PostMapping("/manage/views/{id}/safeguarding")
    String flag(@PathVariable UUID id, @RequestParam(required = false) String note, @RequestParam(required = false) Long version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Experience view = find(id);
        String problem = noteProblem(note);
        if (problem != null || version == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return flagPage(view, note, problem == null ? "feedback.error.note.required" : problem, model);
        }
        try {
            safeguarding.flag(id, version, note.trim());
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return flagPage(find(id), note, "feedback.moderate.stale.flag", model);
        }
        redirect.addFlashAttribute("flagged", view.getReference());
        return "redirect:/manage/views";
    }

    @GetMapping("/manage/views/safeguarding")
    String list(@RequestParam(required = false) Integer page, Model model) {
        Page<Experience> open = safeguarding.open(PageRequestParams.of(page, 25, ModerationController.NEWEST));
        model.addAttribute("views", open)
                .addAttribute("previousHref", open.hasPrevious() ? "/manage/views/safeguarding?page=" + (open.getNumber() - 1) : null)
                .addAttribute("nextHref", open.hasNext() ? "/manage/views/safeguarding?page=" + (open.getNumber() + 1) : null);
        return "feedback/safeguarding-list";
    }

    @GetMapping("/manage/views/safeguarding/{id}")
    String concern(@PathVariable UUID id, Model model) {
        return concernPage(find(id), null, null, model);
    }

    @PreAuthorize("hasRole('HOST_MANAGER')")
    @PostMapping("/manage/views/safeguarding/{id}/actions")
    String action(@PathVariable UUID id, @RequestParam(required = false) String note,
            @RequestParam(required = false) String close, Model model, HttpServletResponse response) {
        Experience view = find(id);
        String problem = noteProblem(note);
        if (problem != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return concernPage(view, note, problem, model);
        }
        if ("true".equals(close)) {
            safeguarding.close(id, note.trim());
        } else {
            safeguarding.recordAction(id, note.trim());
        }
        return "redirect:/manage/views/safeguarding/" + id + "#log";
    }

    @GetMapping("/manage/views/safeguarding/keywords")
    String keywords(Model model) {
        model.addAttribute("defaults", keywords.defaults()).addAttribute("own", keywords.own());
        return "feedback/keywords";
    }

    @PreAuthorize("hasRole('HOST_MANAGER')")
    @PostMapping("/manage/views/safeguarding/keywords")
    String addKeyword(@RequestParam(required = false) String keyword, Model model, HttpServletResponse response) {
        if (keyword == null || keyword.isBlank() || keyword.length() > SafeguardingKeywords.MAX_LENGTH) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("keywordError", true).addAttribute("keyword", keyword);
            return keywords(model);
        }
        keywords.add(keyword);
        return "redirect:/manage/views/safeguarding/keywords";
    }

    @PreAuthorize("hasRole('HOST_MANAGER')")
    @PostMapping("/manage/views/safeguarding/keywords/{id}/remove")
    String removeKeyword(@PathVariable UUID id) {
        if (!keywords.remove(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/manage/views/safeguarding/keywords";
    }

    private String flagPage(Experience view, String note, String error, Model model) {
        model.addAttribute("flagNote", note).addAttribute("flagError", error);
        ModerationForm form = new ModerationForm();
        form.setText(view.getText());
        form.setVersion(view.getVersion());
        model.addAttribute("moderationForm", form);
        return moderationPages.page(view, form, model);
    }

    private String concernPage(Experience view, String note, String error, Model model) {
        model.addAttribute("view", view).addAttribute("log", safeguarding.log(view.getId()))
                .addAttribute("contact", experiences.contact(view.getId()).orElse(null))
                .addAttribute("manager", CurrentUser.get().map(u -> u.has(Role.HOST_MANAGER)).orElse(false))
                .addAttribute("note", note).addAttribute("noteError", error);
        return "feedback/safeguarding";
    }

    private static String noteProblem(String note) {
        if (note == null || note.isBlank()) {
            return "feedback.error.note.required";
        }
        return note.length() > MAX_NOTE ? "feedback.error.note.tooLong" : null;
    }

    private Experience find(UUID id) {
        return experiences.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
