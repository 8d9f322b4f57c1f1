package org.localvoice.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.localvoice.calendar.Counting;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.PeriodUnit;
import org.localvoice.calendar.SourceTag;
import org.springframework.context.support.ResourceBundleMessageSource;

class DeadlineExplanationTests {

    private static final Locale URDU = Locale.forLanguageTag("ur");
    private final MessageDeadlineExplanations explanations = new MessageDeadlineExplanations(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/calendar");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        return source;
    }

    private static Deadline workingDays(int n, String start) {
        return DeadlineArithmetic.compute(ShippedHolidays.HOLIDAYS, ShippedHolidays.LINKS_2008,
                ShippedHolidays.workingDaysBeginningWith(n), LocalDate.parse(start));
    }

    @Test
    void explainsACountWithNoHolidays() {
        assertThat(explanations.computation(workingDays(20, "2008-06-02"), Locale.ENGLISH))
                .isEqualTo("20 working days beginning with Mon 2 Jun 2008; skipped: none; due Fri 27 Jun 2008");
    }

    @Test
    void listsEachSkippedHolidayWithItsReason() {
        assertThat(explanations.computation(workingDays(20, "2008-12-10"), Locale.ENGLISH))
                .isEqualTo("20 working days beginning with Wed 10 Dec 2008; skipped: Thu 25 Dec 2008 (Christmas Day), "
                        + "Fri 26 Dec 2008 (Boxing Day), Thu 1 Jan 2009 (New Year’s Day); due Fri 9 Jan 2009");
    }

    @Test
    void saysWhichDayIsDayOneWhenTheStartIsNotAWorkingDay() {
        assertThat(explanations.computation(workingDays(1, "2011-04-29"), Locale.ENGLISH))
                .isEqualTo("1 working day beginning with Fri 29 Apr 2011; Fri 29 Apr 2011 is not a working day, "
                        + "so day 1 is Tue 3 May 2011; skipped: Fri 29 Apr 2011 (Royal wedding), "
                        + "Mon 2 May 2011 (Early May bank holiday); due Tue 3 May 2011");
    }

    @Test
    void theFullExplanationNamesTheRuleTheRuleSetAndItsVersion() {
        DutyRule osc = new DutyRule(Duty.OSC_ACKNOWLEDGEMENT, 20, PeriodUnit.WORKING_DAYS, Counting.BEGINNING_WITH,
                null, SourceTag.V, "regs 17 and 18", false);
        Deadline d = DeadlineArithmetic.compute(ShippedHolidays.HOLIDAYS, ShippedHolidays.LINKS_2008, osc,
                LocalDate.of(2008, 6, 2));

        assertThat(explanations.explanation(d, Locale.ENGLISH)).containsExactly(
                "Scrutiny committee acknowledges a referral: 20 working days beginning with the date the referral is made.",
                "Rule set: LINks 2008, version 1 (checked against the legislation).",
                "20 working days beginning with Mon 2 Jun 2008; skipped: none; due Fri 27 Jun 2008",
                "Saturdays and Sundays are not working days (6 in this period).");
    }

    @Test
    void explainsCalendarAndFixedDatePeriods() {
        Deadline reminder = DeadlineArithmetic.compute(ShippedHolidays.HOLIDAYS, ShippedHolidays.LINKS_2008,
                ShippedHolidays.rule(30, PeriodUnit.CALENDAR_DAYS, Counting.AFTER), LocalDate.of(2008, 6, 2));
        Deadline annual = DeadlineArithmetic.compute(ShippedHolidays.HOLIDAYS, ShippedHolidays.LINKS_2008,
                new DutyRule(Duty.ANNUAL_REPORT, 0, PeriodUnit.FIXED_DATE, Counting.AFTER, MonthDay.of(6, 30),
                        SourceTag.S, "Directions", false), LocalDate.of(2009, 3, 31));

        assertThat(explanations.computation(reminder, Locale.ENGLISH))
                .isEqualTo("30 calendar days after Mon 2 Jun 2008; due Wed 2 Jul 2008");
        assertThat(explanations.computation(annual, Locale.ENGLISH))
                .isEqualTo("The first 30 June after Tue 31 Mar 2009; due Tue 30 Jun 2009");
        assertThat(explanations.ruleText(annual.rule(), Locale.ENGLISH))
                .isEqualTo("30 June after the end of the financial year (31 March)");
    }

    @Test
    void explainsInUrdu() {
        String urdu = explanations.computation(workingDays(20, "2008-12-10"), URDU);

        assertThat(urdu).contains("کام کے دن").contains("کرسمس کا دن").contains("Boxing Day")
                .doesNotContain("working days");
    }

    @Test
    void everyEnglishKeyHasAnUrduTranslation() throws IOException {
        Properties english = load("/messages/calendar.properties");
        Properties urdu = load("/messages/calendar_ur.properties");

        assertThat(urdu.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DeadlineExplanationTests.class.getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
