package org.localvoice.access.web;

import java.util.Locale;
import java.util.Optional;
import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.domain.PasswordChanges;
import org.localvoice.access.domain.PasswordProblem;
import org.localvoice.access.domain.Profiles;
import org.localvoice.tenancy.Networks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Your account": who you are, and changing your password. */
@Controller
class AccountController {

    private final Profiles profiles;
    private final Networks networks;
    private final PasswordChanges passwords;

    AccountController(Profiles profiles, Networks networks, PasswordChanges passwords) {
        this.profiles = profiles;
        this.networks = networks;
        this.passwords = passwords;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        Profiles.Profile profile = profiles.get(principal.user().accountId());
        model.addAttribute("profile", profile);
        model.addAttribute("roles", profile.roles().stream().sorted().toList());
        model.addAttribute("network", profile.networkId() == null ? null : networks.findById(profile.networkId()).orElse(null));
        return "access/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("errors", new FormErrors().asMap());
        return "access/change-password";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal AccountPrincipal principal,
            @RequestParam(required = false) String currentPassword, @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmation, Locale locale, Model model) {
        FormErrors errors = new FormErrors();
        if (currentPassword == null || currentPassword.isEmpty()) {
            errors.add("currentPassword", "password.currentMissing");
        }
        NewPasswordChecks.check(errors, password, confirmation);
        if (!errors.any()) {
            Optional<PasswordProblem> problem = passwords.change(principal.user().accountId(), currentPassword, password, locale);
            if (problem.isEmpty()) {
                return "redirect:/account?passwordChanged";
            }
            errors.add(problem.get().field(), problem.get().messageKey());
        }
        model.addAttribute("errors", errors.asMap());
        return "access/change-password";
    }
}
