package org.localvoice.calendar.domain;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

/**
 * An uploaded file waiting for the administrator to confirm it, with the changes it was previewed with.
 * Kept in the (database-backed) session between the preview and the confirmation.
 */
public record PendingImport(UUID token, String fileName, ParsedHolidays holidays, HolidayChanges changes)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
