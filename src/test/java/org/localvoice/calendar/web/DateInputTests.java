package org.localvoice.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The GOV.UK date input checks: which message, and which of day, month and year to highlight. */
class DateInputTests {

    @ParameterizedTest(name = "[{0}] [{1}] [{2}] -> {3} on {4}")
    @CsvSource(delimiter = '|', textBlock = """
               |     |      | required         | day month year
            10 |     | 2008 | missingMonth     | month
               |     | 2008 | missingDayMonth  | day month
            10 | 12  |      | missingYear      | year
            x  | 12  | 2008 | real             | day month year
            30 | 2   | 2009 | real             | day month year
            10 | 13  | 2008 | real             | day month year
            10 | 12  | 08   | yearDigits       | year
            10 | 12  | 1999 | range            | day month year
            10 | 12  | 2100 | range            | day month year
            """)
    void rejects(String day, String month, String year, String key, String parts) {
        DateInput.Checked checked = new DateInput(day, month, year).check("k.");

        assertThat(checked.valid()).isFalse();
        assertThat(checked.errorKey()).isEqualTo("k." + key);
        assertThat(checked.parts()).isEqualTo(Arrays.stream(parts.split(" ")).collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "[{0}] [{1}] [{2}] is {3}")
    @CsvSource({"10, 12, 2008, 2008-12-10", "' 1 ', ' 06 ', ' 2012 ', 2012-06-01", "29, 2, 2012, 2012-02-29"})
    void accepts(String day, String month, String year, LocalDate expected) {
        DateInput.Checked checked = new DateInput(day, month, year).check("k.");

        assertThat(checked.date()).isEqualTo(expected);
        assertThat(checked.parts()).isEqualTo(Set.of());
    }
}
