package org.localvoice.calendar.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.localvoice.access.CurrentUser;
import org.localvoice.calendar.BankHolidaysChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** What a platform administrator does with the holiday data: list it, preview an import, confirm it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
public class BankHolidayAdministration {

    /** The outcome of confirming: the changes made, or the fresh changes when the data moved on since the preview. */
    public record Confirmation(boolean applied, HolidayChanges changes) {
    }

    private final BankHolidayRepository holidays;
    private final HolidayImportRepository imports;
    private final HolidayImportChangeRepository importChanges;
    private final CachedWorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final GovUkBankHolidays parser;

    BankHolidayAdministration(BankHolidayRepository holidays, HolidayImportRepository imports,
            HolidayImportChangeRepository importChanges, CachedWorkingDayCalendar calendar,
            ApplicationEventPublisher events, Clock clock, JsonMapper json) {
        this.holidays = holidays;
        this.imports = imports;
        this.importChanges = importChanges;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.parser = new GovUkBankHolidays(json);
    }

    /** The years with holidays, from the cache. */
    public List<Integer> years() {
        return calendar.holidays().titles().keySet().stream().map(LocalDate::getYear).distinct().sorted().toList();
    }

    /** One year's holidays, from the cache. */
    public Map<LocalDate, String> holidaysIn(int year) {
        return calendar.holidays().titles().entrySet().stream().filter(e -> e.getKey().getYear() == year)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }

    public List<HolidayImport> recentImports() {
        return imports.findTop5ByOrderByImportedAtDesc();
    }

    public List<HolidayImportChange> changesOf(UUID importId) {
        return importChanges.findByImportIdOrderByDateAsc(importId);
    }

    /**
     * Reads an uploaded gov.uk file and works out what it would change.
     *
     * @throws GovUkBankHolidays.Rejected when the file is not a gov.uk bank-holidays.json file
     */
    public PendingImport preview(String fileName, byte[] content) {
        ParsedHolidays parsed = parser.parse(content);
        return new PendingImport(UUID.randomUUID(), fileName, parsed, HolidayChanges.between(current(), parsed));
    }

    /**
     * Applies a previewed import, unless the holidays changed since the preview: then nothing is saved
     * and the fresh changes are returned to be previewed again.
     */
    @Transactional
    public Confirmation confirm(PendingImport pending) {
        HolidayChanges changes = HolidayChanges.between(current(), pending.holidays());
        if (!changes.equals(pending.changes())) {
            return new Confirmation(false, changes);
        }
        String by = CurrentUser.get().map(CurrentUser::email).orElse("system");
        Instant now = clock.instant();
        String source = source(pending.fileName(), by, now);
        Map<LocalDate, BankHoliday> existing = holidays.findByDivisionOrderByDateAsc(BankHoliday.ENGLAND_AND_WALES)
                .stream().collect(Collectors.toMap(BankHoliday::getDate, Function.identity()));
        for (ParsedHolidays.Event e : pending.holidays().events()) {
            BankHoliday holiday = existing.get(e.date());
            if (holiday == null) {
                holidays.save(new BankHoliday(e.date(), e.title(), e.notes(), e.bunting(), source, now));
            } else if (!holiday.getTitle().equals(e.title())) {
                holiday.update(e.title(), e.notes(), e.bunting(), source, now);
            }
        }
        changes.removed().forEach(c -> holidays.delete(existing.get(c.date())));
        HolidayImport record = imports.save(new HolidayImport(now, by, pending.fileName(), changes));
        changes.all().forEach(c -> importChanges.save(new HolidayImportChange(record.getId(), c)));
        events.publishEvent(new BankHolidaysChanged(record.getId(), by, changes.coveredFrom(), changes.coveredTo(),
                changes.added().size(), changes.removed().size(), changes.renamed().size()));
        reloadAfterCommit();
        return new Confirmation(true, changes);
    }

    private Map<LocalDate, String> current() {
        Map<LocalDate, String> titles = new TreeMap<>();
        holidays.findByDivisionOrderByDateAsc(BankHoliday.ENGLAND_AND_WALES)
                .forEach(h -> titles.put(h.getDate(), h.getTitle()));
        return titles;
    }

    private void reloadAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calendar.reload();
            }
        });
    }

    private static String source(String fileName, String by, Instant at) {
        String s = "Imported by " + by + " on " + at.toString().substring(0, 10)
                + (fileName == null || fileName.isBlank() ? "" : " from " + fileName);
        return s.length() <= 200 ? s : s.substring(0, 200);
    }
}
