package org.localvoice.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.directory.Directory;
import org.localvoice.directory.ProviderKind;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.domain.Premises;
import org.localvoice.directory.domain.PremisesEditor;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff add directory entries and correct them by hand; a stale form is refused (optimistic locking). */
@Controller
@RequestMapping("/manage/directory/premises")
class PremisesFormController {

    private final PremisesEditor editor;
    private final PremisesFormValidator validator;
    private final Directory directory;
    private final LocalAuthorityNamesView authorities;

    PremisesFormController(PremisesEditor editor, PremisesFormValidator validator, Directory directory,
            LocalAuthorityNamesView authorities) {
        this.editor = editor;
        this.validator = validator;
        this.directory = directory;
        this.authorities = authorities;
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new PremisesForm());
        return form(null, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") PremisesForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        validator.validate(form, null, errors);
        if (errors.hasErrors()) {
            return form(null, model);
        }
        UUID id = editor.create(form.details(derivedAuthority(form)), form.owner(), form.controller(), networkId());
        redirect.addFlashAttribute("premisesSaved", true);
        return "redirect:/manage/directory/premises/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        model.addAttribute("form", PremisesForm.of(load(id)));
        return form(id, model);
    }

    @PostMapping("/{id}/edit")
    String correct(@PathVariable UUID id, @ModelAttribute("form") PremisesForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        load(id);
        validator.validate(form, id, errors);
        if (errors.hasErrors()) {
            return form(id, model);
        }
        try {
            editor.correct(id, form.getVersion(), form.details(derivedAuthority(form)), form.owner(), form.controller(),
                    networkId());
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("form", PremisesForm.of(load(id)));
            model.addAttribute("stale", true);
            return form(id, model);
        }
        redirect.addFlashAttribute("premisesSaved", true);
        return "redirect:/manage/directory/premises/" + id;
    }

    private String derivedAuthority(PremisesForm form) {
        List<String> found = directory.localAuthoritiesForPostcode(form.getPostcode());
        return found.size() == 1 ? found.get(0) : null;
    }

    private Premises load(UUID id) {
        return editor.load(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(UUID id, Model model) {
        model.addAttribute("premisesId", id);
        model.addAttribute("serviceTypes", Arrays.asList(ServiceType.values()));
        model.addAttribute("providerKinds", Arrays.asList(ProviderKind.values()));
        model.addAttribute("authorities", authorities.current());
        return "directory/premises-form";
    }

    private static UUID networkId() {
        return CurrentUser.get().map(CurrentUser::networkId).orElse(null);
    }
}
