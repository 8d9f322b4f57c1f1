package org.localvoice.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class GovUkBankHolidaysTests {

    private final GovUkBankHolidays parser = new GovUkBankHolidays(JsonMapper.builder().build());

    private ParsedHolidays parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheShippedFile() {
        ParsedHolidays parsed = parser.parse(ShippedHolidays.bytes());

        assertThat(parsed.events()).hasSize(165);
        assertThat(parsed.coveredFrom()).isEqualTo(LocalDate.of(2008, 1, 1));
        assertThat(parsed.coveredTo()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(parsed.titles().get(LocalDate.of(2011, 4, 29))).isEqualTo("Royal wedding");
    }

    @Test
    void keepsOnlyEnglandAndWalesFromAFullGovUkFile() {
        ParsedHolidays parsed = parse("""
                {"england-and-wales":{"division":"england-and-wales","events":[
                  {"title":"Christmas Day","date":"2028-12-25","notes":"","bunting":true},
                  {"title":"New Year’s Day","date":"2028-01-03","notes":"Substitute day","bunting":true}]},
                 "scotland":{"division":"scotland","events":[{"title":"St Andrew’s Day","date":"2028-11-30","notes":"","bunting":true}]}}
                """);

        assertThat(parsed.events()).extracting(ParsedHolidays.Event::date)
                .containsExactly(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 12, 25));
        assertThat(parsed.events().get(0).notes()).isEqualTo("Substitute day");
        assertThat(parsed.events().get(1).notes()).isNull();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not json at all                                                              | calendar.import.error.notJson
            `[1, 2, 3]`                                                                  | calendar.import.error.shape
            `{"scotland":{"division":"scotland","events":[]}}`                           | calendar.import.error.noDivision
            `{"england-and-wales":{"division":"england-and-wales"}}`                     | calendar.import.error.shape
            `{"england-and-wales":[]}`                                                   | calendar.import.error.shape
            `{"england-and-wales":{"events":[]}}`                                        | calendar.import.error.noEvents
            `{"england-and-wales":{"events":[{"title":"X"}]}}`                           | calendar.import.error.event
            `{"england-and-wales":{"events":[{"title":"X","date":"2028-02-30"}]}}`       | calendar.import.error.date
            `{"england-and-wales":{"events":[{"title":"X","date":"2028-01-03"},{"title":"Y","date":"2028-01-03"}]}}` | calendar.import.error.duplicate
            """)
    void rejectsFilesThatAreNotGovUkBankHolidays(String content, String key) {
        assertThatThrownBy(() -> parse(content)).isInstanceOfSatisfying(GovUkBankHolidays.Rejected.class,
                r -> assertThat(r.key()).isEqualTo(key));
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> parser.parse(new byte[0])).isInstanceOfSatisfying(GovUkBankHolidays.Rejected.class,
                r -> assertThat(r.key()).isEqualTo("calendar.import.error.empty"));
    }

    @Test
    void comparesOnlyTheYearsTheFileCovers() {
        Map<LocalDate, String> current = new TreeMap<>(ShippedHolidays.HOLIDAYS.titles());
        ParsedHolidays file = parse("""
                {"england-and-wales":{"events":[
                  {"title":"New Year’s Day","date":"2027-01-01"},
                  {"title":"Good Friday","date":"2027-03-26"},
                  {"title":"Easter Monday","date":"2027-03-29"},
                  {"title":"Early May bank holiday","date":"2027-05-03"},
                  {"title":"Spring bank holiday","date":"2027-05-31"},
                  {"title":"Summer bank holiday","date":"2027-08-30"},
                  {"title":"Christmas Day","date":"2027-12-27","notes":"Substitute day"},
                  {"title":"Boxing Day (moved)","date":"2027-12-28","notes":"Substitute day"},
                  {"title":"A new one-off holiday","date":"2027-06-07"},
                  {"title":"New Year’s Day","date":"2028-01-03","notes":"Substitute day"}]}}
                """);

        HolidayChanges changes = HolidayChanges.between(current, file);

        assertThat(changes.coveredFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(changes.coveredTo()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(changes.added()).extracting(HolidayChanges.Change::date)
                .containsExactly(LocalDate.of(2027, 6, 7), LocalDate.of(2028, 1, 3));
        assertThat(changes.renamed()).singleElement().satisfies(c -> {
            assertThat(c.date()).isEqualTo(LocalDate.of(2027, 12, 28));
            assertThat(c.oldTitle()).isEqualTo("Boxing Day");
            assertThat(c.newTitle()).isEqualTo("Boxing Day (moved)");
        });
        assertThat(changes.removed()).isEmpty();
        assertThat(HolidayChanges.between(current, parser.parse(ShippedHolidays.bytes())).isEmpty()).isTrue();
    }

    @Test
    void aDateMissingFromACoveredYearIsRemoved() {
        ParsedHolidays file = parse("""
                {"england-and-wales":{"events":[{"title":"Christmas Day","date":"2026-12-25"}]}}
                """);

        HolidayChanges changes = HolidayChanges.between(ShippedHolidays.HOLIDAYS.titles(), file);

        assertThat(changes.removed()).hasSize(7).allSatisfy(c -> assertThat(c.date().getYear()).isEqualTo(2026));
        assertThat(changes.added()).isEmpty();
    }
}
