package org.localvoice.membership.web;

import java.util.Map;
import org.localvoice.membership.domain.Memberships;
import org.localvoice.membership.domain.Retention;
import org.localvoice.membership.domain.RetentionRule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network's membership rule (automatic acceptance) and retention rules: host managers change them. */
@Controller
@RequestMapping("/manage/participants/settings")
class SettingsController {

    private final Memberships memberships;
    private final Retention retention;

    SettingsController(Memberships memberships, Retention retention) {
        this.memberships = memberships;
        this.retention = retention;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("automatic", memberships.automaticAcceptance()).addAttribute("months", byName(retention.months()))
                .addAttribute("types", RetentionRule.RecordType.values());
        return "membership/settings";
    }

    @PostMapping
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('HOST_MANAGER')")
    String save(@RequestParam(defaultValue = "false") boolean automatic, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        Map<RetentionRule.RecordType, Integer> months = new java.util.EnumMap<>(RetentionRule.RecordType.class);
        for (RetentionRule.RecordType t : RetentionRule.RecordType.values()) {
            String value = params.get(t.name());
            Integer m = value == null ? null : parse(value);
            if (m == null) {
                model.addAttribute("automatic", automatic).addAttribute("months", byName(retention.months()))
                        .addAttribute("types", RetentionRule.RecordType.values()).addAttribute("badType", t.name())
                        .addAttribute("typed", params);
                return "membership/settings";
            }
            months.put(t, m);
        }
        memberships.setAutomaticAcceptance(automatic);
        months.forEach(retention::setMonths);
        redirect.addFlashAttribute("saved", "membership.settings.saved");
        return "redirect:/manage/participants/settings";
    }

    private static Map<String, Integer> byName(Map<RetentionRule.RecordType, Integer> months) {
        Map<String, Integer> named = new java.util.LinkedHashMap<>();
        months.forEach((k, v) -> named.put(k.name(), v));
        return named;
    }

    private static Integer parse(String s) {
        try {
            int n = Integer.parseInt(s.strip());
            return n < 0 || n > 1200 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
