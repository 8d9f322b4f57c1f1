package org.localvoice.calendar.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.localvoice.calendar.Counting;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.PeriodUnit;
import org.localvoice.calendar.RuleSetRef;
import org.localvoice.calendar.SourceTag;
import tools.jackson.databind.json.JsonMapper;

/** The holiday data shipped with the product, read from the classpath, for plain unit tests. */
final class ShippedHolidays {

    static final String RESOURCE = "/reference/bank-holidays-england-and-wales.json";
    static final RuleSetRef LINKS_2008 = new RuleSetRef(UUID.fromString("018f2a00-0000-7000-8000-000000002008"),
            "links-2008", "LINks 2008", 1);
    static final HolidaySet HOLIDAYS = HolidaySet.of(parsed().titles());

    private ShippedHolidays() {
    }

    static byte[] bytes() {
        try (InputStream in = ShippedHolidays.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedHolidays parsed() {
        return new GovUkBankHolidays(JsonMapper.builder().build()).parse(bytes());
    }

    static DutyRule rule(int period, PeriodUnit unit, Counting counting) {
        return new DutyRule(Duty.INFORMATION_REQUEST_REPLY, period, unit, counting, null, SourceTag.U, "test", false);
    }

    static DutyRule workingDaysBeginningWith(int period) {
        return rule(period, PeriodUnit.WORKING_DAYS, Counting.BEGINNING_WITH);
    }
}
