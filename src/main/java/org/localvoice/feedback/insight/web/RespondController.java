package org.localvoice.feedback.insight.web;

import java.util.NoSuchElementException;
import java.util.UUID;
import org.localvoice.feedback.insight.domain.Replies;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Service responders see the published views about their providers and reply publicly. */
@Controller
@RequestMapping("/respond/views")
class RespondController {

    static final int MAX_REPLY = 4000;

    private final Replies replies;

    RespondController(Replies replies) {
        this.replies = replies;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Page<Replies.ResponderView> views = replies.forResponder(PageRequestParams.of(page, 20, Sort.unsorted()));
        model.addAttribute("views", views)
                .addAttribute("previousHref", views.hasPrevious() ? "/respond/views?page=" + (views.getNumber() - 1) : null)
                .addAttribute("nextHref", views.hasNext() ? "/respond/views?page=" + (views.getNumber() + 1) : null);
        return "feedback/insight/respond-list";
    }

    @GetMapping("/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("view", replies.viewForResponder(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        replies.replyTo(id).ifPresent(r -> model.addAttribute("reply", r));
        return "feedback/insight/respond-view";
    }

    @PostMapping("/{id}")
    String reply(@PathVariable UUID id, @RequestParam(required = false) String text, Model model, RedirectAttributes redirect) {
        var view = replies.viewForResponder(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String error = text == null || text.isBlank() ? "feedback.replies.error.required"
                : text.trim().length() > MAX_REPLY ? "feedback.replies.error.tooLong" : null;
        if (error != null || view.replied()) {
            model.addAttribute("view", view).addAttribute("text", text).addAttribute("error", view.replied() ? "feedback.replies.error.already" : error);
            replies.replyTo(id).ifPresent(r -> model.addAttribute("reply", r));
            return "feedback/insight/respond-view";
        }
        try {
            replies.reply(id, text.trim());
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("replied", view.reference());
        return "redirect:/respond/views";
    }
}
