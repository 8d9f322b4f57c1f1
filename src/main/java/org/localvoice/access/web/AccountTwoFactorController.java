package org.localvoice.access.web;

import jakarta.servlet.http.HttpSession;
import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.domain.Totp;
import org.localvoice.access.domain.TwoFactor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Turning two-factor sign-in on (any role) and off (only where the role does not require it; password needed). */
@Controller
@RequestMapping("/account/two-factor")
class AccountTwoFactorController {

    static final String SETUP_SECRET = "lv.accountTwoFactorSecret";

    private final TwoFactor twoFactor;

    AccountTwoFactorController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String status(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        return statusPage(principal, model, new FormErrors());
    }

    @GetMapping("/setup")
    String setup(@AuthenticationPrincipal AccountPrincipal principal, HttpSession session, Model model) {
        if (twoFactor.status(principal.user().accountId()).enabled()) {
            return "redirect:/account/two-factor";
        }
        return setupPage(principal, session, model, new FormErrors());
    }

    @PostMapping("/setup")
    String confirm(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) String code,
            HttpSession session, Model model) {
        String secret = (String) session.getAttribute(SETUP_SECRET);
        if (secret == null || twoFactor.status(principal.user().accountId()).enabled()) {
            return "redirect:/account/two-factor";
        }
        if (!twoFactor.enrol(principal.user().accountId(), secret, code)) {
            return setupPage(principal, session, model,
                    new FormErrors().add("code", TwoFactorSignInController.codeProblem(code)));
        }
        session.removeAttribute(SETUP_SECRET);
        return "redirect:/account/two-factor?enabled";
    }

    @PostMapping("/turn-off")
    String turnOff(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) String password,
            Model model) {
        if (password == null || password.isEmpty()) {
            return statusPage(principal, model, new FormErrors().add("password", "twoFactor.error.passwordMissing"));
        }
        if (!twoFactor.turnOff(principal.user().accountId(), password)) {
            return statusPage(principal, model, new FormErrors().add("password", "twoFactor.error.passwordWrong"));
        }
        return "redirect:/account/two-factor?disabled";
    }

    private String statusPage(AccountPrincipal principal, Model model, FormErrors errors) {
        model.addAttribute("status", twoFactor.status(principal.user().accountId()));
        model.addAttribute("errors", errors.asMap());
        return "access/account-two-factor";
    }

    private String setupPage(AccountPrincipal principal, HttpSession session, Model model, FormErrors errors) {
        String secret = (String) session.getAttribute(SETUP_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(SETUP_SECRET, secret);
        }
        TwoFactorSetupModel.fill(model, principal.getUsername(), secret, "/account/two-factor/setup", false);
        model.addAttribute("errors", errors.asMap());
        return "access/two-factor-setup";
    }
}
