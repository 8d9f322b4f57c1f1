package org.localvoice.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.DeadlineExplanations;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.RuleSetRef;

/** A deadline as the open API returns it: the due date, what produced it, and why. */
record DeadlineResponse(String duty, LocalDate start, LocalDate due, LocalDate firstDay, RuleSetJson ruleSet,
        RuleJson rule, List<SkippedJson> skipped, int weekendDays, boolean beyondHolidayData, String explanation,
        List<String> explanationLines) {

    record RuleSetJson(String code, String name, int version) {
    }

    record RuleJson(int period, String unit, String counting, String fixedDate, String sourceTag, String sourceNote,
            boolean clockRestartsOnTransfer, String text) {
    }

    record SkippedJson(LocalDate date, String reason, String title, String description) {
    }

    static DeadlineResponse of(Deadline d, DeadlineExplanations words, Locale locale) {
        RuleSetRef rs = d.ruleSet();
        DutyRule r = d.rule();
        return new DeadlineResponse(d.duty().name(), d.start(), d.due(), d.firstDay(),
                new RuleSetJson(rs.code(), rs.name(), rs.version()),
                new RuleJson(r.period(), r.unit().name(), r.counting().name(),
                        r.fixedDate() == null ? null : r.fixedDate().toString(), r.sourceTag().name(), r.sourceNote(),
                        r.clockRestartsOnTransfer(), words.ruleText(r, locale)),
                d.skipped().stream().map(s -> new SkippedJson(s.date(), s.reason().name(), s.title(),
                        words.describe(s, locale))).toList(),
                d.weekendDays(), d.beyondHolidayData(), words.computation(d, locale), words.explanation(d, locale));
    }
}
