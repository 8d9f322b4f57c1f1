package org.localvoice.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.DeadlineExplanations;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.RuleSet;
import org.localvoice.calendar.StatutoryClock;
import org.localvoice.calendar.UnknownRuleSetException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/public/deadlines?duty=…&start=YYYY-MM-DD[&ruleSet=code]}: open to all, no token.
 * Bad input gets an RFC 9457 problem with one entry per field in {@code errors}.
 */
@RestController
class DeadlinesApiController {

    private final StatutoryClock clock;
    private final DeadlineExplanations words;
    private final MessageSource messages;

    DeadlinesApiController(StatutoryClock clock, DeadlineExplanations words, MessageSource messages) {
        this.clock = clock;
        this.words = words;
        this.messages = messages;
    }

    @GetMapping("/api/v1/public/deadlines")
    @Operation(summary = "Work out the due date of a duty",
            description = "Counts the period the rule set gives for the duty from the start date, the way the law words "
                    + "it, and says which days were skipped and why. Open to all: no token needed.")
    ResponseEntity<?> deadline(
            @Parameter(description = "The duty, for example INFORMATION_REQUEST_REPLY") @RequestParam(required = false) String duty,
            @Parameter(description = "The start date, YYYY-MM-DD") @RequestParam(required = false) String start,
            @Parameter(description = "Rule set code (default links-2008), for example healthwatch-2013")
            @RequestParam(required = false) String ruleSet,
            Locale locale, HttpServletRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Duty> chosenDuty = Arrays.stream(Duty.values()).filter(d -> d.name().equals(duty)).findFirst();
        if (chosenDuty.isEmpty()) {
            errors.put("duty", msg(locale, "calendar.api.error.duty",
                    Arrays.stream(Duty.values()).map(Enum::name).collect(Collectors.joining(", "))));
        }
        LocalDate startDate = startDate(start, errors, locale);
        List<RuleSet> ruleSets = clock.ruleSets();
        String code = ruleSet == null || ruleSet.isBlank() ? clock.defaultRuleSetCode() : ruleSet.strip();
        if (ruleSets.stream().noneMatch(r -> r.ref().code().equals(code))) {
            errors.put("ruleSet", msg(locale, "calendar.api.error.ruleSet",
                    ruleSets.stream().map(r -> r.ref().code()).collect(Collectors.joining(", "))));
        }
        if (!errors.isEmpty()) {
            return problem(errors, locale, request);
        }
        try {
            Deadline deadline = clock.due(code, chosenDuty.get(), startDate);
            return ResponseEntity.ok(DeadlineResponse.of(deadline, words, locale));
        } catch (UnknownRuleSetException e) {
            return problem(Map.of("duty", e.getMessage()), locale, request);
        }
    }

    private LocalDate startDate(String start, Map<String, String> errors, Locale locale) {
        if (start == null || start.isBlank()) {
            errors.put("start", msg(locale, "calendar.api.error.start"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(start.strip());
            if (date.getYear() < DateInput.FIRST_YEAR || date.getYear() > DateInput.LAST_YEAR) {
                errors.put("start", msg(locale, "calendar.api.error.startRange"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put("start", msg(locale, "calendar.api.error.start"));
            return null;
        }
    }

    private ResponseEntity<ProblemDetail> problem(Map<String, String> errors, Locale locale, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                msg(locale, "calendar.api.problem.detail"));
        problem.setTitle(msg(locale, "calendar.api.problem.title"));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors.entrySet().stream()
                .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
