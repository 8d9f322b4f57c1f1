package org.localvoice.calendar;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a platform administrator confirms an import of bank holidays. The changes themselves
 * are kept with the import record ({@code calendar_holiday_import_change}).
 */
public record BankHolidaysChanged(UUID importId, String importedBy, LocalDate coveredFrom, LocalDate coveredTo,
        int added, int removed, int renamed) {
}
