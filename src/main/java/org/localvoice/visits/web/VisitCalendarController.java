package org.localvoice.visits.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.localvoice.directory.Directory;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.visits.domain.Today;
import org.localvoice.visits.domain.Visit;
import org.localvoice.visits.domain.VisitPlanning;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Visits of a month, week by week (an accessible table), and the visits to one premises over time. */
@Controller
class VisitCalendarController {

    /** A week of the month: its Monday and the visits in it. */
    record Week(LocalDate monday, List<Visit> visits) {
    }

    private final VisitPlanning planning;
    private final Directory directory;
    private final Today today;

    VisitCalendarController(VisitPlanning planning, Directory directory, Today today) {
        this.planning = planning;
        this.directory = directory;
        this.today = today;
    }

    @GetMapping("/manage/visits/calendar")
    String month(@RequestParam(required = false) String month, Model model) {
        YearMonth ym;
        try {
            ym = month == null ? YearMonth.from(today.date()) : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            ym = YearMonth.from(today.date());
        }
        LocalDate first = ym.atDay(1);
        LocalDate last = ym.atEndOfMonth();
        // A month holds at most a few dozen visits; the page bound keeps it so.
        List<Visit> visits = planning.between(first, last, PageRequest.of(0, PageRequestParams.MAX_SIZE)).getContent();
        List<Week> weeks = new ArrayList<>();
        for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(last);
                monday = monday.plusWeeks(1)) {
            LocalDate from = monday;
            LocalDate to = monday.plusDays(6);
            weeks.add(new Week(monday, visits.stream().filter(v -> !v.getVisitOn().isBefore(from) && !v.getVisitOn().isAfter(to)).toList()));
        }
        model.addAttribute("month", first).addAttribute("weeks", weeks)
                .addAttribute("previous", ym.minusMonths(1).toString()).addAttribute("next", ym.plusMonths(1).toString());
        return "visits/calendar";
    }

    @GetMapping("/manage/visits/premises/{premisesId}")
    String premises(@PathVariable UUID premisesId, @RequestParam(required = false) Integer page, Model model) {
        var premises = directory.premises(premisesId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Page<Visit> result = planning.atPremises(premisesId, PageRequestParams.of(page, 25, Sort.unsorted()));
        String base = "/manage/visits/premises/" + premisesId + "?page=";
        model.addAttribute("premises", premises).addAttribute("page", result)
                .addAttribute("previousHref", result.hasPrevious() ? base + (result.getNumber() - 1) : null)
                .addAttribute("nextHref", result.hasNext() ? base + (result.getNumber() + 1) : null);
        return "visits/premises-visits";
    }
}
