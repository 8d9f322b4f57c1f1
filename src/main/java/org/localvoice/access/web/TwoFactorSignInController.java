package org.localvoice.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.domain.SignInAttempts;
import org.localvoice.access.domain.Totp;
import org.localvoice.access.domain.TwoFactor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second sign-in step for accounts with two-factor sign-in: a code from the authenticator app, or,
 * for a role that requires it and an account without it, setting the app up first.
 */
@Controller
class TwoFactorSignInController {

    static final String PATH = "/sign-in/two-factor";
    static final String SETUP_PATH = "/sign-in/two-factor/setup";
    static final String SETUP_SECRET = "lv.twoFactorSetupSecret";

    private final TwoFactor twoFactor;
    private final SignInAttempts attempts;
    private final SessionSignIn sessions;

    TwoFactorSignInController(TwoFactor twoFactor, SignInAttempts attempts, SessionSignIn sessions) {
        this.twoFactor = twoFactor;
        this.attempts = attempts;
        this.sessions = sessions;
    }

    @GetMapping(PATH)
    String form(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        if (!twoFactor.status(principal.user().accountId()).enabled()) {
            return "redirect:" + SETUP_PATH;
        }
        model.addAttribute("errors", new FormErrors().asMap());
        return "access/two-factor";
    }

    @PostMapping(PATH)
    String verify(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) String code,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        TwoFactor.Check check;
        try {
            check = twoFactor.verify(principal.user().accountId(), code);
        } catch (OptimisticLockingFailureException raced) {
            check = TwoFactor.Check.WRONG;
        }
        if (check == TwoFactor.Check.LOCKED) {
            sessions.abandon(request, response);
            return "redirect:/sign-in?error=locked";
        }
        if (check == TwoFactor.Check.WRONG) {
            model.addAttribute("errors", new FormErrors().add("code", codeProblem(code)).asMap());
            return "access/two-factor";
        }
        return finish(principal, request, response);
    }

    @GetMapping(SETUP_PATH)
    String setup(@AuthenticationPrincipal AccountPrincipal principal, HttpSession session, Model model) {
        if (twoFactor.status(principal.user().accountId()).enabled()) {
            return "redirect:" + PATH;
        }
        return setupPage(principal, session, model, new FormErrors());
    }

    @PostMapping(SETUP_PATH)
    String confirmSetup(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) String code,
            HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
        String secret = (String) session.getAttribute(SETUP_SECRET);
        if (secret == null || twoFactor.status(principal.user().accountId()).enabled()) {
            return "redirect:" + PATH;
        }
        if (attempts.locked(principal.user().accountId())) {
            sessions.abandon(request, response);
            return "redirect:/sign-in?error=locked";
        }
        if (!twoFactor.enrol(principal.user().accountId(), secret, code)) {
            return setupPage(principal, session, model, new FormErrors().add("code", codeProblem(code)));
        }
        session.removeAttribute(SETUP_SECRET);
        return finish(principal, request, response);
    }

    private String finish(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        attempts.succeeded(principal.user().accountId());
        AccountPrincipal full = sessions.complete(principal.getUsername(), request, response);
        return "redirect:" + Homes.homeOf(full.user());
    }

    private String setupPage(AccountPrincipal principal, HttpSession session, Model model, FormErrors errors) {
        String secret = (String) session.getAttribute(SETUP_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(SETUP_SECRET, secret);
        }
        TwoFactorSetupModel.fill(model, principal.getUsername(), secret, SETUP_PATH, true);
        model.addAttribute("errors", errors.asMap());
        return "access/two-factor-setup";
    }

    static String codeProblem(String code) {
        return FormErrors.blank(code) ? "twoFactor.error.missing" : "twoFactor.error.wrong";
    }
}
