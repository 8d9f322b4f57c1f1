package org.localvoice.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.localvoice.calendar.BankHolidaysChanged;
import org.localvoice.calendar.WorkingDayCalendar;
import org.localvoice.calendar.domain.HolidayImportRepository;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@RecordApplicationEvents
class BankHolidayImportTests {

    private static final String ADMIN = "admin@localvoice.example";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");
    /** The shipped 2027 holidays, as gov.uk publishes them. */
    private static final String SHIPPED_2027 = """
            {"england-and-wales":{"division":"england-and-wales","events":[
              {"title":"New Year’s Day","date":"2027-01-01","notes":"","bunting":true},
              {"title":"Good Friday","date":"2027-03-26","notes":"","bunting":false},
              {"title":"Easter Monday","date":"2027-03-29","notes":"","bunting":true},
              {"title":"Early May bank holiday","date":"2027-05-03","notes":"","bunting":true},
              {"title":"Spring bank holiday","date":"2027-05-31","notes":"","bunting":true},
              {"title":"Summer bank holiday","date":"2027-08-30","notes":"","bunting":true},
              {"title":"Christmas Day","date":"2027-12-27","notes":"Substitute day","bunting":true},
              {"title":"Boxing Day","date":"2027-12-28","notes":"Substitute day","bunting":true}]}}
            """;
    /** 2027 with the summer holiday dropped, a one-off holiday added and Boxing Day renamed. */
    private static final String CHANGED_2027 = SHIPPED_2027
            .replace("{\"title\":\"Summer bank holiday\",\"date\":\"2027-08-30\",\"notes\":\"\",\"bunting\":true},",
                    "{\"title\":\"Test one-off holiday\",\"date\":\"2027-06-07\",\"notes\":\"Extra bank holiday\",\"bunting\":true},")
            .replace("\"title\":\"Boxing Day\"", "\"title\":\"Boxing Day (renamed)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    HolidayImportRepository imports;

    private static MockMultipartFile file(String json) {
        return new MockMultipartFile("file", "bank-holidays.json", "application/json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    private RequestPostProcessor admin() {
        return users.as(ADMIN);
    }

    @AfterEach
    void restoreShippedHolidays() throws Exception {
        if (calendar.isWorkingDay(LocalDate.of(2027, 8, 30)) || !calendar.isWorkingDay(LocalDate.of(2027, 6, 7))) {
            importAndConfirm(SHIPPED_2027);
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 8, 30))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 7))).isTrue();
    }

    @Test
    void listsTheHolidaysOfAYear() throws Exception {
        mvc.perform(get("/admin/calendar").param("year", "2012").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bank holidays in England and Wales")))
                .andExpect(content().string(containsString("Queen’s Diamond Jubilee")))
                .andExpect(content().string(containsString("Mon 4 Jun 2012")))
                .andExpect(content().string(containsString("The data covers 2008 to 2027")));
    }

    @Test
    void previewsThenImportsTheChangesAndAuditsThem(ApplicationEvents events) throws Exception {
        Browser browser = new Browser();
        browser.perform(multipart("/admin/calendar/import").file(file(CHANGED_2027)).with(csrf()).with(admin()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar/import"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 7))).as("nothing saved before confirming").isTrue();

        String preview = browser.perform(get("/admin/calendar/import").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lists holidays for England and Wales from 2027 to 2027")))
                .andExpect(content().string(containsString("Holidays to add")))
                .andExpect(content().string(containsString("Test one-off holiday")))
                .andExpect(content().string(containsString("Holidays to remove")))
                .andExpect(content().string(containsString("Mon 30 Aug 2027")))
                .andExpect(content().string(containsString("Holidays to rename")))
                .andExpect(content().string(containsString("Boxing Day (renamed)")))
                .andReturn().getResponse().getContentAsString();

        long importsBefore = imports.count();
        browser.perform(post("/admin/calendar/import/confirm").param("token", token(preview))
                        .with(csrf()).with(admin()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar?year=2027"));

        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 8, 30))).isTrue();
        assertThat(calendar.nonWorkingDay(LocalDate.of(2027, 12, 28)).orElseThrow().title()).isEqualTo("Boxing Day (renamed)");
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).as("other years kept").isFalse();
        assertThat(imports.count()).isEqualTo(importsBefore + 1);
        assertThat(events.stream(BankHolidaysChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.importedBy()).isEqualTo(ADMIN);
            assertThat(e.added()).isEqualTo(1);
            assertThat(e.removed()).isEqualTo(1);
            assertThat(e.renamed()).isEqualTo(1);
        });
        browser.perform(get("/admin/calendar/import").with(admin()))
                .andExpect(redirectedUrl("/admin/calendar"));
    }

    @Test
    void aStaleConfirmationIsRefused() throws Exception {
        mvc.perform(post("/admin/calendar/import/confirm").param("token", "7f1b2c3d-0000-4000-8000-000000000000")
                        .with(csrf()).with(admin()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/calendar"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 8, 30))).isFalse();
    }

    @Test
    void aFileThatIsNotJsonGetsAFieldError() throws Exception {
        mvc.perform(multipart("/admin/calendar/import").file(file("<html>not json</html>")).with(csrf()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#file\"")))
                .andExpect(content().string(containsString("The selected file is not JSON")))
                .andExpect(content().string(containsString("govuk-file-upload--error")));
    }

    @Test
    void aFileWithoutEnglandAndWalesGetsAFieldError() throws Exception {
        mvc.perform(multipart("/admin/calendar/import")
                        .file(file("{\"scotland\":{\"division\":\"scotland\",\"events\":[]}}")).with(csrf()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has no holidays for England and Wales")));
        mvc.perform(multipart("/admin/calendar/import").file(file("{\"england-and-wales\":[1,2]}")).with(csrf()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not in the GOV.UK bank holidays format")));
    }

    @Test
    void noFileGetsAFieldError() throws Exception {
        mvc.perform(multipart("/admin/calendar/import").with(csrf()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select a bank-holidays.json file")));
    }

    @Test
    void onlyPlatformAdministratorsMayManageHolidays() throws Exception {
        mvc.perform(get("/admin/calendar").with(users.as("manager@trafford.example"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar").with(users.as("national@localvoice.example"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/calendar/import").file(file(CHANGED_2027)).with(csrf())
                        .with(users.as("staff@trafford.example")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendar/import/confirm").param("token", "7f1b2c3d-0000-4000-8000-000000000000")
                        .with(csrf()).with(users.as("manager@trafford.example")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/calendar")).andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 8, 30))).isFalse();
    }

    private void importAndConfirm(String json) throws Exception {
        Browser browser = new Browser();
        browser.perform(multipart("/admin/calendar/import").file(file(json)).with(csrf()).with(admin()))
                .andExpect(status().is3xxRedirection());
        String preview = browser.perform(get("/admin/calendar/import").with(admin()))
                .andReturn().getResponse().getContentAsString();
        browser.perform(post("/admin/calendar/import/confirm").param("token", token(preview)).with(csrf()).with(admin()))
                .andExpect(status().is3xxRedirection());
    }

    private static String token(String previewPage) {
        Matcher m = TOKEN.matcher(previewPage);
        assertThat(m.find()).as("the preview page carries the import token").isTrue();
        return m.group(1);
    }

    /** Keeps the (Spring Session) cookie from one request to the next, as a browser would. */
    private final class Browser {
        private Cookie session;

        ResultActions perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
            if (session != null) {
                request.cookie(session);
            }
            ResultActions result = mvc.perform(request);
            Cookie next = result.andReturn().getResponse().getCookie("LVSESSION");
            if (next != null) {
                session = next;
            }
            return result;
        }
    }
}
