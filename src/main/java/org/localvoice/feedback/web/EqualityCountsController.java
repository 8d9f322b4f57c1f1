package org.localvoice.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.localvoice.feedback.domain.EqualityMonitoring;
import org.localvoice.feedback.domain.SmallNumbers;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Host staff see who gives views: the equality monitoring counts for a range of months, added up per
 * answer, with small numbers shown only as "fewer than 5" (and, where needed, others hidden too).
 */
@Controller
class EqualityCountsController {

    static final int MAX_MONTHS = 60;

    private final EqualityMonitoring equality;
    private final Clock clock;

    EqualityCountsController(EqualityMonitoring equality, Clock clock) {
        this.equality = equality;
        this.clock = clock;
    }

    @GetMapping("/manage/views/equality")
    String counts(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
            HttpServletResponse response) {
        YearMonth now = YearMonth.now(clock.withZone(PublicViewController.LONDON));
        YearMonth start = month(from, now.minusMonths(11));
        YearMonth end = month(to, now);
        String fromError = start == null ? "feedback.equalityCounts.error.month" : null;
        String toError = end == null ? "feedback.equalityCounts.error.month" : null;
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                toError = "feedback.equalityCounts.error.order";
            } else if (start.plusMonths(MAX_MONTHS).isBefore(end.plusMonths(1))) {
                toError = "feedback.equalityCounts.error.tooLong";
            }
        }
        model.addAttribute("from", from == null ? now.minusMonths(11).toString() : from)
                .addAttribute("to", to == null ? now.toString() : to)
                .addAttribute("fromError", fromError).addAttribute("toError", toError)
                .addAttribute("threshold", SmallNumbers.THRESHOLD);
        if (fromError != null || toError != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "feedback/equality-counts";
        }
        model.addAttribute("start", start).addAttribute("end", end).addAttribute("report", equality.report(start, end));
        return "feedback/equality-counts";
    }

    /** The month typed as year-month (2026-11); {@code otherwise} when nothing was typed, null when it is not a month. */
    private static YearMonth month(String typed, YearMonth otherwise) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        try {
            return YearMonth.parse(typed.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
