package org.localvoice.calendar.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.localvoice.calendar.DeadlineExplanations;
import org.localvoice.calendar.domain.BankHolidayAdministration;
import org.localvoice.calendar.domain.GovUkBankHolidays;
import org.localvoice.calendar.domain.HolidayChanges;
import org.localvoice.calendar.domain.PendingImport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Platform administrators see the bank holidays by year and import a newer gov.uk bank-holidays.json:
 * upload, preview what would change (kept in the session), then confirm or cancel.
 */
@Controller
@RequestMapping("/admin/calendar")
class AdminCalendarController {

    static final String PENDING = "calendar.pendingImport";
    static final long MAX_BYTES = 1024L * 1024L;

    record HolidayRow(String date, LocalDate isoDate, String title) {
    }

    record ChangeRow(String date, String oldTitle, String newTitle) {
    }

    record ImportRow(String at, String by, String years, int added, int removed, int renamed) {
    }

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final BankHolidayAdministration administration;
    private final DeadlineExplanations words;
    private final MessageSource messages;
    private final Clock clock;

    AdminCalendarController(BankHolidayAdministration administration, DeadlineExplanations words,
            MessageSource messages, Clock clock) {
        this.administration = administration;
        this.words = words;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String holidays(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        return page(year, model, locale, new FormErrors(messages, locale));
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) MultipartFile file, HttpSession session, Model model, Locale locale)
            throws IOException {
        FormErrors errors = new FormErrors(messages, locale);
        boolean nothingChosen = file == null || file.isEmpty()
                && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
        if (nothingChosen) {
            errors.reject("file", "file", "calendar.import.error.required");
        } else if (file.getSize() > MAX_BYTES) {
            errors.reject("file", "file", "calendar.import.error.tooLarge");
        } else {
            try {
                session.setAttribute(PENDING, administration.preview(file.getOriginalFilename(), file.getBytes()));
                return "redirect:/admin/calendar/import";
            } catch (GovUkBankHolidays.Rejected rejected) {
                errors.reject("file", "file", rejected.key(), rejected.args());
            }
        }
        return page(null, model, locale, errors);
    }

    @GetMapping("/import")
    String preview(HttpSession session, Model model, Locale locale, RedirectAttributes redirect) {
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending)) {
            redirect.addFlashAttribute("calendarNotice", "calendar.import.expired");
            return "redirect:/admin/calendar";
        }
        HolidayChanges changes = pending.changes();
        model.addAttribute("pending", pending);
        model.addAttribute("fromYear", String.valueOf(changes.coveredFrom().getYear()));
        model.addAttribute("toYear", String.valueOf(changes.coveredTo().getYear()));
        model.addAttribute("added", rows(changes.added(), locale));
        model.addAttribute("removed", rows(changes.removed(), locale));
        model.addAttribute("renamed", rows(changes.renamed(), locale));
        return "calendar/admin-import-preview";
    }

    @PostMapping("/import/confirm")
    String confirm(@RequestParam(required = false) UUID token, HttpSession session, RedirectAttributes redirect) {
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending) || !pending.token().equals(token)) {
            redirect.addFlashAttribute("calendarNotice", "calendar.import.expired");
            return "redirect:/admin/calendar";
        }
        BankHolidayAdministration.Confirmation outcome = administration.confirm(pending);
        if (!outcome.applied()) {
            session.setAttribute(PENDING, new PendingImport(pending.token(), pending.fileName(), pending.holidays(),
                    outcome.changes()));
            redirect.addFlashAttribute("changedSincePreview", true);
            return "redirect:/admin/calendar/import";
        }
        session.removeAttribute(PENDING);
        HolidayChanges done = outcome.changes();
        redirect.addFlashAttribute("imported", List.of(done.added().size(), done.removed().size(),
                done.renamed().size()));
        return "redirect:/admin/calendar?year=" + done.coveredFrom().getYear();
    }

    @PostMapping("/import/cancel")
    String cancel(HttpSession session) {
        session.removeAttribute(PENDING);
        return "redirect:/admin/calendar";
    }

    private String page(Integer year, Model model, Locale locale, FormErrors errors) {
        List<Integer> years = administration.years();
        int thisYear = LocalDate.now(clock.withZone(UK)).getYear();
        int shown = year != null ? year : years.contains(thisYear) || years.isEmpty() ? thisYear
                : years.get(years.size() - 1);
        Map<LocalDate, String> holidays = administration.holidaysIn(shown);
        model.addAttribute("years", years.stream().map(String::valueOf).toList());
        model.addAttribute("year", String.valueOf(shown));
        model.addAttribute("firstYear", years.isEmpty() ? "" : String.valueOf(years.get(0)));
        model.addAttribute("lastYear", years.isEmpty() ? "" : String.valueOf(years.get(years.size() - 1)));
        model.addAttribute("holidays", holidays.entrySet().stream()
                .map(e -> new HolidayRow(words.date(e.getKey(), locale), e.getKey(), e.getValue())).toList());
        DateTimeFormatter at = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).withZone(UK);
        model.addAttribute("imports", administration.recentImports().stream().map(i -> new ImportRow(
                at.format(i.getImportedAt()), i.getImportedBy(),
                messages.getMessage("calendar.admin.yearRange", new Object[] {String.valueOf(i.getCoveredFrom().getYear()),
                        String.valueOf(i.getCoveredTo().getYear())}, locale),
                i.getAdded(), i.getRemoved(), i.getRenamed())).toList());
        model.addAttribute("errors", errors);
        return "calendar/admin-calendar";
    }

    private List<ChangeRow> rows(List<HolidayChanges.Change> changes, Locale locale) {
        return changes.stream().map(c -> new ChangeRow(words.date(c.date(), locale), c.oldTitle(), c.newTitle())).toList();
    }
}
