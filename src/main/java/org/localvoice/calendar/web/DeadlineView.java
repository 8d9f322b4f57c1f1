package org.localvoice.calendar.web;

import java.util.List;
import java.util.Locale;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.DeadlineExplanations;
import org.springframework.context.MessageSource;

/** A deadline with every date and sentence already in the reader's language, for the result page. */
record DeadlineView(Deadline deadline, String dutyName, String start, String due, String ruleText,
        String sourceTag, List<String> explanation, List<Row> skipped) {

    record Row(String date, String reason) {
    }

    static DeadlineView of(Deadline d, DeadlineExplanations words, MessageSource messages, Locale locale) {
        List<Row> rows = d.skipped().stream().map(s -> new Row(words.date(s.date(), locale),
                s.reason() == org.localvoice.calendar.NonWorkingReason.BANK_HOLIDAY
                        ? messages.getMessage("calendar.reason.BANK_HOLIDAY", new Object[] {s.title()}, locale)
                        : messages.getMessage("calendar.reason." + s.reason().name(), null, locale))).toList();
        return new DeadlineView(d, messages.getMessage("calendar.duty." + d.duty().name(), null, locale),
                words.date(d.start(), locale), words.date(d.due(), locale), words.ruleText(d.rule(), locale),
                messages.getMessage("calendar.sourceTag." + d.rule().sourceTag().name(), null, locale),
                words.explanation(d, locale), rows);
    }
}
