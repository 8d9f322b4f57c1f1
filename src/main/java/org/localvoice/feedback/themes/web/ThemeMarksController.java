package org.localvoice.feedback.themes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.localvoice.feedback.themes.domain.Sentiment;
import org.localvoice.feedback.themes.domain.ThemeMarks;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderator confirms a view's themes from the panel on its moderation page: the ticked themes, each
 * with its sentiment ({@code sentiment-<themeId>}), plus one more theme chosen from the list.
 */
@Controller
class ThemeMarksController {

    private final ThemeMarks marks;

    ThemeMarksController(ThemeMarks marks) {
        this.marks = marks;
    }

    @PostMapping("/manage/views/{id}/themes")
    String confirm(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        if (marks.viewText(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<ThemeMarks.Mark> decided = new ArrayList<>();
        try {
            for (String theme : form.getOrDefault("theme", List.of())) {
                UUID themeId = UUID.fromString(theme);
                decided.add(new ThemeMarks.Mark(themeId, sentiment(form.getFirst("sentiment-" + theme))));
            }
            String other = form.getFirst("otherTheme");
            if (other != null && !other.isBlank()) {
                decided.add(new ThemeMarks.Mark(UUID.fromString(other), sentiment(form.getFirst("otherSentiment"))));
            }
            try {
                marks.confirm(id, decided);
            } catch (DataIntegrityViolationException e) {
                // the model's suggestions for a view just received landed at the same moment: decide again over them
                marks.confirm(id, decided);
            }
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("themesConfirmed", decided.size());
        return "redirect:/manage/views/" + id + "#themes";
    }

    private static Sentiment sentiment(String value) {
        return value == null || value.isBlank() ? Sentiment.NEUTRAL : Sentiment.valueOf(value);
    }
}
