package org.localvoice.calendar.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.DeadlineExplanations;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.RuleSet;
import org.localvoice.calendar.StatutoryClock;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public deadline calculator: {@code /deadlines} under any rule set, {@code /n/{slug}/deadlines}
 * under the rule set that network has chosen. A GET form, so a result can be bookmarked and shared.
 */
@Controller
class DeadlinesController {

    private final StatutoryClock clock;
    private final DeadlineExplanations words;
    private final MessageSource messages;
    private final Networks networks;

    DeadlinesController(StatutoryClock clock, DeadlineExplanations words, MessageSource messages, Networks networks) {
        this.clock = clock;
        this.words = words;
        this.messages = messages;
        this.networks = networks;
    }

    @GetMapping("/deadlines")
    String form(Model model) {
        return form(model, null, clock.defaultRuleSetCode(), new DateInput(null, null, null),
                new FormErrors(messages, Locale.ENGLISH));
    }

    @GetMapping("/deadlines/result")
    String result(@RequestParam(required = false) String duty, @RequestParam(required = false) String ruleSet,
            @RequestParam(name = "start-day", required = false) String day,
            @RequestParam(name = "start-month", required = false) String month,
            @RequestParam(name = "start-year", required = false) String year, Model model, Locale locale) {
        FormErrors errors = new FormErrors(messages, locale);
        Optional<Duty> chosenDuty = duty(duty, errors);
        String code = ruleSet == null || ruleSet.isBlank() ? clock.defaultRuleSetCode() : ruleSet;
        Optional<RuleSet> chosenRules = clock.ruleSets().stream().filter(r -> r.ref().code().equals(code)).findFirst();
        if (chosenRules.isEmpty()) {
            errors.reject("ruleSet", "ruleSet", "calendar.error.ruleSet.unknown");
        }
        DateInput start = new DateInput(day, month, year);
        DateInput.Checked date = check(start, errors);
        if (errors.any()) {
            return form(model, duty, code, start, errors);
        }
        Deadline deadline = clock.due(chosenRules.get().ref().code(), chosenDuty.get(), date.date());
        return result(model, deadline, "/deadlines", locale);
    }

    @GetMapping("/n/{slug}/deadlines")
    String networkForm(@PathVariable String slug, Model model) {
        NetworkSummary network = network(slug);
        networkModel(model, network);
        return form(model, null, null, new DateInput(null, null, null), new FormErrors(messages, Locale.ENGLISH));
    }

    @GetMapping("/n/{slug}/deadlines/result")
    String networkResult(@PathVariable String slug, @RequestParam(required = false) String duty,
            @RequestParam(name = "start-day", required = false) String day,
            @RequestParam(name = "start-month", required = false) String month,
            @RequestParam(name = "start-year", required = false) String year, Model model, Locale locale) {
        NetworkSummary network = network(slug);
        FormErrors errors = new FormErrors(messages, locale);
        Optional<Duty> chosenDuty = duty(duty, errors);
        DateInput start = new DateInput(day, month, year);
        DateInput.Checked date = check(start, errors);
        if (errors.any()) {
            networkModel(model, network);
            return form(model, duty, null, start, errors);
        }
        return result(model, clock.due(network.id(), chosenDuty.get(), date.date()),
                "/n/" + network.slug() + "/deadlines", locale);
    }

    private String form(Model model, String duty, String ruleSet, DateInput start, FormErrors errors) {
        model.addAttribute("duties", Arrays.asList(Duty.values()));
        model.addAttribute("ruleSets", clock.ruleSets());
        model.addAttribute("selectedDuty", duty);
        model.addAttribute("selectedRuleSet", ruleSet);
        model.addAttribute("start", start);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("formAction")) {
            model.addAttribute("formAction", "/deadlines/result");
        }
        return "calendar/deadlines";
    }

    private String result(Model model, Deadline deadline, String againHref, Locale locale) {
        model.addAttribute("view", DeadlineView.of(deadline, words, messages, locale));
        model.addAttribute("againHref", againHref);
        return "calendar/deadline-result";
    }

    private void networkModel(Model model, NetworkSummary network) {
        RuleSet rules = clock.ruleSetOf(network.id());
        model.addAttribute("network", network);
        model.addAttribute("networkRuleSet", rules);
        model.addAttribute("formAction", "/n/" + network.slug() + "/deadlines/result");
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Optional<Duty> duty(String value, FormErrors errors) {
        Optional<Duty> duty = Arrays.stream(Duty.values()).filter(d -> d.name().equals(value)).findFirst();
        if (duty.isEmpty()) {
            errors.reject("duty", "duty", "calendar.error.duty.required");
        }
        return duty;
    }

    private static DateInput.Checked check(DateInput start, FormErrors errors) {
        DateInput.Checked date = start.check("calendar.error.start.");
        if (!date.valid()) {
            String anchor = "start-" + date.parts().stream().filter(p -> List.of("day", "month", "year").contains(p))
                    .sorted(java.util.Comparator.comparing(p -> List.of("day", "month", "year").indexOf(p)))
                    .findFirst().orElse("day");
            errors.reject("start", anchor, date.errorKey());
            errors.invalidDateParts(date.parts());
        }
        return date;
    }
}
