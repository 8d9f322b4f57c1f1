package org.localvoice.calendar;

import java.util.List;
import java.util.Locale;

/** Puts a {@link Deadline} into words, in the reader's language, from the calendar message bundle. */
public interface DeadlineExplanations {

    /** The rule in words, for example "20 working days beginning with the date the request is received". */
    String ruleText(DutyRule rule, Locale locale);

    /** For example "20 working days beginning with Mon 2 Jun 2008; skipped: none; due Fri 27 Jun 2008". */
    String computation(Deadline deadline, Locale locale);

    /** The rule, the rule set and version, how well the rule is sourced, and the computation. */
    List<String> explanation(Deadline deadline, Locale locale);

    /** A skipped day in words, for example "Thu 25 Dec 2008 (Christmas Day)". */
    String describe(NonWorkingDay day, Locale locale);

    /** A date in the calendar's short style, for example "Mon 2 Jun 2008". */
    String date(java.time.LocalDate date, Locale locale);
}
