package org.localvoice.access.web;

import java.time.Clock;
import java.util.UUID;
import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.domain.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Personal access tokens for the API: list, create (the token is shown once) and revoke. */
@Controller
@RequestMapping("/account/tokens")
class ApiTokensController {

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokensController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        return page(principal, model, "", String.valueOf(ApiTokens.DEFAULT_DAYS), new FormErrors());
    }

    @PostMapping
    String create(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) String name,
            @RequestParam(required = false) String days, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        if (FormErrors.blank(name)) {
            errors.add("name", "tokens.error.nameMissing");
        } else if (name.strip().length() > ApiTokens.MAX_NAME) {
            errors.add("name", "tokens.error.nameTooLong");
        }
        Integer lifetime = parseDays(days);
        if (lifetime == null) {
            errors.add("days", "tokens.error.days");
        }
        if (!errors.any()) {
            try {
                ApiTokens.Issued issued = tokens.issue(principal.user().accountId(), name, lifetime);
                redirect.addFlashAttribute("newToken", issued.token());
                redirect.addFlashAttribute("newTokenName", name.strip());
                return "redirect:/account/tokens";
            } catch (IllegalStateException tooMany) {
                errors.add("name", "tokens.error.tooMany");
            }
        }
        return page(principal, model, name == null ? "" : name, days == null ? "" : days, errors);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String id) {
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!tokens.revoke(principal.user().accountId(), tokenId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/account/tokens?revoked";
    }

    private String page(AccountPrincipal principal, Model model, String name, String days, FormErrors errors) {
        model.addAttribute("tokens", tokens.list(principal.user().accountId()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("name", name);
        model.addAttribute("days", days);
        model.addAttribute("minDays", ApiTokens.MIN_DAYS);
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        model.addAttribute("errors", errors.asMap());
        return "access/tokens";
    }

    private static Integer parseDays(String days) {
        if (days == null || !days.strip().matches("[0-9]{1,3}")) {
            return null;
        }
        int value = Integer.parseInt(days.strip());
        return value >= ApiTokens.MIN_DAYS && value <= ApiTokens.MAX_DAYS ? value : null;
    }
}
