package org.localvoice.access.web;

import java.util.Locale;
import java.util.Optional;
import org.localvoice.access.domain.PasswordProblem;
import org.localvoice.access.domain.PasswordResets;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgotten your password?": ask for a link by e-mail (always the same answer, so nobody can learn who
 * has an account), then choose a new password through the link.
 */
@Controller
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/password/forgotten")
    String forgotten(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("errors", new FormErrors().asMap());
        return "access/forgotten";
    }

    @PostMapping("/password/forgotten")
    String request(@RequestParam(required = false) String email, Locale locale, Model model) {
        FormErrors errors = new FormErrors();
        if (FormErrors.blank(email)) {
            errors.add("email", "forgotten.error.missing");
        } else if (email.strip().length() > 254 || !email.strip().matches("[^@\\s]+@[^@\\s]+")) {
            errors.add("email", "forgotten.error.format");
        }
        if (errors.any()) {
            model.addAttribute("email", email == null ? "" : email);
            model.addAttribute("errors", errors.asMap());
            return "access/forgotten";
        }
        resets.request(email.strip(), locale);
        return "redirect:/password/forgotten/sent";
    }

    @GetMapping("/password/forgotten/sent")
    String sent() {
        return "access/forgotten-sent";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        if (!resets.usable(token)) {
            return "access/reset-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("errors", new FormErrors().asMap());
        return "access/reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmation, Locale locale, Model model) {
        FormErrors errors = NewPasswordChecks.check(password, confirmation);
        Optional<PasswordProblem> problem = errors.any() ? Optional.empty() : resets.reset(token, password, locale);
        if (!errors.any() && problem.isEmpty()) {
            return "redirect:/sign-in?reset";
        }
        if ("token".equals(problem.map(PasswordProblem::field).orElse(null)) || !resets.usable(token)) {
            return "access/reset-invalid";
        }
        problem.ifPresent(p -> errors.add(p.field(), p.messageKey()));
        model.addAttribute("token", token);
        model.addAttribute("errors", errors.asMap());
        return "access/reset";
    }
}
