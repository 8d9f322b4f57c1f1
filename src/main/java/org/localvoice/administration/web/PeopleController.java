package org.localvoice.administration.web;

import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.Accounts.AccountDetails;
import org.localvoice.access.CurrentUser;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * People and accounts of the signed-in host manager's network. The network always comes from the
 * signed-in user, so another network's account is not found. Host managers only (host staff may reach
 * {@code /manage/**} but not this).
 */
@Controller
@PreAuthorize("hasRole('HOST_MANAGER')")
class PeopleController {

    static final int PAGE_SIZE = 25;

    private final Accounts accounts;
    private final PeopleAdministration people;

    PeopleController(Accounts accounts, PeopleAdministration people) {
        this.accounts = accounts;
        this.people = people;
    }

    @GetMapping("/manage/people")
    String list(@RequestParam(required = false) String page, Model model) {
        Integer index = page != null && page.matches("\\d{1,6}") ? Integer.valueOf(page) : null;
        Page<AccountDetails> result = accounts.inNetwork(network(),
                PageRequestParams.of(index, PAGE_SIZE, Sort.by("displayName", "email")));
        model.addAttribute("page", result);
        model.addAttribute("previousHref", result.hasPrevious() ? "/manage/people?page=" + (result.getNumber() - 1) : null);
        model.addAttribute("nextHref", result.hasNext() ? "/manage/people?page=" + (result.getNumber() + 1) : null);
        return "people/list";
    }

    @GetMapping("/manage/people/new")
    String newAccount(Model model) {
        return form(new AccountForm(), model);
    }

    @PostMapping("/manage/people")
    String add(@ModelAttribute("account") AccountForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form.validate(errors, accounts);
        if (errors.hasErrors()) {
            form.forgetPassword();
            return form(form, model);
        }
        UUID id = people.add(network(), form);
        redirect.addFlashAttribute("created", true);
        return "redirect:/manage/people/" + id;
    }

    @GetMapping("/manage/people/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("person", accounts.details(network(), id).orElseThrow(PeopleController::notFound));
        model.addAttribute("self", id.equals(CurrentUser.get().map(CurrentUser::accountId).orElse(null)));
        return "people/view";
    }

    @PostMapping("/manage/people/{id}/disable")
    String disable(@PathVariable UUID id, RedirectAttributes redirect) {
        if (id.equals(CurrentUser.get().map(CurrentUser::accountId).orElse(null))) {
            redirect.addFlashAttribute("cannotDisableSelf", true);
            return "redirect:/manage/people/" + id;
        }
        return change(id, false, redirect);
    }

    @PostMapping("/manage/people/{id}/enable")
    String enable(@PathVariable UUID id, RedirectAttributes redirect) {
        return change(id, true, redirect);
    }

    private String change(UUID id, boolean enabled, RedirectAttributes redirect) {
        if (!people.setEnabled(network(), id, enabled)) {
            throw notFound();
        }
        redirect.addFlashAttribute(enabled ? "enabled" : "disabled", true);
        return "redirect:/manage/people/" + id;
    }

    private String form(AccountForm form, Model model) {
        model.addAttribute("account", form);
        model.addAttribute("roles", AccountForm.NETWORK_ROLES);
        return "people/new";
    }

    private static UUID network() {
        return CurrentUser.get().map(CurrentUser::networkId).orElseThrow(PeopleController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
