package org.localvoice.feedback.themes.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.localvoice.feedback.themes.domain.Theme;
import org.localvoice.feedback.themes.domain.Themes;
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

/** Host staff keep the network's theme list: add, rename, retire and reinstate themes. */
@Controller
@RequestMapping("/manage/themes")
class ThemesController {

    private final Themes themes;

    ThemesController(Themes themes) {
        this.themes = themes;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("themeForm")) {
            model.addAttribute("themeForm", new ThemeForm());
        }
        model.addAttribute("taxonomy", ThemeTree.of(themes.all()));
        return "feedback/themes/list";
    }

    @PostMapping
    String add(@ModelAttribute("themeForm") ThemeForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        form.validate(errors);
        if (form.getParentId() != null && themes.find(form.getParentId()).filter(Theme::isCategory).isEmpty()) {
            errors.rejectValue("parentId", "feedback.themes.error.category");
        }
        if (errors.hasErrors()) {
            return list(model);
        }
        themes.add(form.getName().trim(), form.getParentId());
        redirect.addFlashAttribute("saved", form.getName().trim());
        return "redirect:/manage/themes";
    }

    @GetMapping("/{themeId}/edit")
    String edit(@PathVariable UUID themeId, Model model) {
        Theme theme = theme(themeId);
        ThemeForm form = new ThemeForm();
        form.setName(theme.getName());
        form.setVersion(theme.getVersion());
        model.addAttribute("themeForm", form);
        model.addAttribute("theme", theme);
        return "feedback/themes/edit";
    }

    @PostMapping("/{themeId}/edit")
    String rename(@PathVariable UUID themeId, @ModelAttribute("themeForm") ThemeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Theme theme = theme(themeId);
        model.addAttribute("theme", theme);
        form.validate(errors);
        if (errors.hasErrors()) {
            return "feedback/themes/edit";
        }
        try {
            themes.rename(themeId, form.getVersion(), form.getName().trim());
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Theme current = theme(themeId);
            model.addAttribute("theme", current);
            model.addAttribute("currentName", current.getName());
            form.setVersion(current.getVersion());
            model.addAttribute("stale", true);
            return "feedback/themes/edit";
        }
        redirect.addFlashAttribute("saved", form.getName().trim());
        return "redirect:/manage/themes";
    }

    @PostMapping("/{themeId}/retire")
    String retire(@PathVariable UUID themeId, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return setActive(themeId, version, false, redirect);
    }

    @PostMapping("/{themeId}/reinstate")
    String reinstate(@PathVariable UUID themeId, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return setActive(themeId, version, true, redirect);
    }

    private String setActive(UUID themeId, long version, boolean active, RedirectAttributes redirect) {
        Theme theme = theme(themeId);
        try {
            themes.setActive(themeId, version, active);
            redirect.addFlashAttribute(active ? "reinstated" : "retired", theme.getName());
        } catch (ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("staleTheme", theme.getName());
        }
        return "redirect:/manage/themes";
    }

    private Theme theme(UUID id) {
        return themes.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
