package org.localvoice.calendar.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.localvoice.calendar.DeadlineExplanations;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.RuleSet;
import org.localvoice.calendar.StatutoryClock;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A host manager chooses the rule set their network's deadlines are counted by. */
@Controller
@RequestMapping("/manage/rule-set")
class RuleSetController {

    record Option(RuleSet ruleSet, String effectiveFrom, List<RuleRow> rules) {
    }

    record RuleRow(String duty, String rule, String source) {
    }

    private final StatutoryClock clock;
    private final DeadlineExplanations words;
    private final MessageSource messages;

    RuleSetController(StatutoryClock clock, DeadlineExplanations words, MessageSource messages) {
        this.clock = clock;
        this.words = words;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model, Locale locale) {
        return page(manager().networkId(), model, locale, new FormErrors(messages, locale));
    }

    @PostMapping
    String choose(@RequestParam(required = false) String ruleSetId, Model model, Locale locale,
            RedirectAttributes redirect) {
        UUID network = manager().networkId();
        UUID id = parse(ruleSetId);
        if (id == null || clock.ruleSets().stream().noneMatch(r -> r.ref().id().equals(id))) {
            FormErrors errors = new FormErrors(messages, locale);
            errors.reject("ruleSetId", "ruleSetId", "calendar.ruleSet.error.required");
            return page(network, model, locale, errors);
        }
        RuleSet chosen = clock.chooseRuleSet(network, id);
        redirect.addFlashAttribute("savedName", chosen.ref().name());
        redirect.addFlashAttribute("savedVersion", chosen.ref().version());
        return "redirect:/manage/rule-set";
    }

    private String page(UUID network, Model model, Locale locale, FormErrors errors) {
        RuleSet current = clock.ruleSetOf(network);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        model.addAttribute("current", current);
        clock.choiceOf(network).ifPresent(c -> {
            model.addAttribute("chosenBy", c.chosenBy());
            model.addAttribute("chosenOn", date.format(c.chosenAt().atZone(ZoneId.of("Europe/London"))));
        });
        model.addAttribute("options", clock.ruleSets().stream().map(r -> new Option(r, date.format(r.effectiveFrom()),
                r.rules().stream().map(rule -> row(rule, locale)).toList())).toList());
        model.addAttribute("errors", errors);
        return "calendar/rule-set";
    }

    private RuleRow row(DutyRule rule, Locale locale) {
        return new RuleRow(messages.getMessage("calendar.duty." + rule.duty().name(), null, locale),
                words.ruleText(rule, locale),
                messages.getMessage("calendar.sourceTag." + rule.sourceTag().name(), null, locale));
    }

    private static CurrentUser manager() {
        return CurrentUser.get().filter(u -> u.has(Role.HOST_MANAGER) && u.networkId() != null)
                .orElseThrow(() -> new AccessDeniedException("Host managers only"));
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
