package org.localvoice.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.shared.Ids;
import org.localvoice.shared.NationalRecord;

/** One date an import added, removed or renamed: the audit trail of the holiday data. */
@Entity
@Immutable
@Table(name = "calendar_holiday_import_change")
@NationalRecord("History of national reference data")
public class HolidayImportChange {

    @Id
    private UUID id;
    @Column(name = "import_id", nullable = false)
    private UUID importId;
    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private HolidayChanges.Kind kind;
    @Column(name = "old_title", length = 200)
    private String oldTitle;
    @Column(name = "new_title", length = 200)
    private String newTitle;

    protected HolidayImportChange() {
    }

    HolidayImportChange(UUID importId, HolidayChanges.Change change) {
        this.id = Ids.next();
        this.importId = importId;
        this.date = change.date();
        this.kind = change.kind();
        this.oldTitle = change.oldTitle();
        this.newTitle = change.newTitle();
    }

    public LocalDate getDate() {
        return date;
    }

    public HolidayChanges.Kind getKind() {
        return kind;
    }

    public String getOldTitle() {
        return oldTitle;
    }

    public String getNewTitle() {
        return newTitle;
    }
}
