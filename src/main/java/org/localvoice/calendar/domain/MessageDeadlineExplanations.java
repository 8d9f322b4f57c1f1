package org.localvoice.calendar.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.localvoice.calendar.Counting;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.DeadlineExplanations;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.NonWorkingDay;
import org.localvoice.calendar.NonWorkingReason;
import org.localvoice.calendar.PeriodUnit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Explanations from the {@code messages/calendar} bundle, so they read the same on pages, API and letters. */
@Component
class MessageDeadlineExplanations implements DeadlineExplanations {

    private static final String SHORT_DATE = "EEE d MMM yyyy";

    private final MessageSource messages;

    MessageDeadlineExplanations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String ruleText(DutyRule rule, Locale locale) {
        String from = msg(locale, "calendar.duty." + rule.duty().name() + ".from");
        String key = "calendar.rule." + rule.unit().name() + "." + rule.counting().name();
        if (rule.unit() == PeriodUnit.FIXED_DATE) {
            return msg(locale, key, monthDay(rule, locale), from);
        }
        return msg(locale, key, rule.period(), from);
    }

    @Override
    public String computation(Deadline d, Locale locale) {
        DutyRule rule = d.rule();
        String key = "calendar.explain." + rule.unit().name() + "." + rule.counting().name();
        List<String> parts = new ArrayList<>();
        parts.add(rule.unit() == PeriodUnit.FIXED_DATE
                ? msg(locale, key, monthDay(rule, locale), date(d.start(), locale))
                : msg(locale, key, rule.period(), date(d.start(), locale)));
        if (rule.unit() == PeriodUnit.WORKING_DAYS) {
            if (rule.counting() == Counting.BEGINNING_WITH && !d.start().equals(d.firstDay())) {
                parts.add(msg(locale, "calendar.explain.firstDay", date(d.start(), locale), date(d.firstDay(), locale)));
            }
            List<String> skipped = d.skipped().stream().map(s -> describe(s, locale)).toList();
            parts.add(msg(locale, "calendar.explain.skipped", skipped.isEmpty()
                    ? msg(locale, "calendar.explain.skippedNone")
                    : String.join(msg(locale, "calendar.explain.listSeparator"), skipped)));
        }
        parts.add(msg(locale, "calendar.explain.due", date(d.due(), locale)));
        return String.join(msg(locale, "calendar.explain.partSeparator"), parts);
    }

    @Override
    public List<String> explanation(Deadline d, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(msg(locale, "calendar.explain.rule", msg(locale, "calendar.duty." + d.duty().name()),
                ruleText(d.rule(), locale)));
        lines.add(msg(locale, "calendar.explain.ruleSet", d.ruleSet().name(), d.ruleSet().version(),
                msg(locale, "calendar.sourceTag." + d.rule().sourceTag().name())));
        lines.add(computation(d, locale));
        if (d.weekendDays() > 0) {
            lines.add(msg(locale, "calendar.explain.weekends", d.weekendDays()));
        }
        if (d.beyondHolidayData()) {
            lines.add(msg(locale, "calendar.explain.beyondData"));
        }
        return lines;
    }

    @Override
    public String describe(NonWorkingDay day, Locale locale) {
        String reason = day.reason() == NonWorkingReason.BANK_HOLIDAY
                ? msg(locale, "calendar.reason.BANK_HOLIDAY", day.title())
                : msg(locale, "calendar.reason." + day.reason().name());
        return msg(locale, "calendar.explain.skippedDay", date(day.date(), locale), reason);
    }

    @Override
    public String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern(SHORT_DATE, locale).format(date);
    }

    private String monthDay(DutyRule rule, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM", locale).format(rule.fixedDate().atYear(2000));
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
