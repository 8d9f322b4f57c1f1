package org.localvoice.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.shared.Ids;
import org.localvoice.shared.NationalRecord;

/** A confirmed import of bank holidays: who, when, which file, which years, how many changes. */
@Entity
@Immutable
@Table(name = "calendar_holiday_import")
@NationalRecord("History of national reference data")
public class HolidayImport {

    @Id
    private UUID id;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "imported_by", nullable = false, length = 254)
    private String importedBy;
    @Column(name = "file_name", length = 255)
    private String fileName;
    @Column(name = "covered_from", nullable = false)
    private LocalDate coveredFrom;
    @Column(name = "covered_to", nullable = false)
    private LocalDate coveredTo;
    private int added;
    private int removed;
    private int renamed;

    protected HolidayImport() {
    }

    HolidayImport(Instant importedAt, String importedBy, String fileName, HolidayChanges changes) {
        this.id = Ids.next();
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.fileName = fileName == null ? null : fileName.substring(0, Math.min(fileName.length(), 255));
        this.coveredFrom = changes.coveredFrom();
        this.coveredTo = changes.coveredTo();
        this.added = changes.added().size();
        this.removed = changes.removed().size();
        this.renamed = changes.renamed().size();
    }

    public UUID getId() {
        return id;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public String getFileName() {
        return fileName;
    }

    public LocalDate getCoveredFrom() {
        return coveredFrom;
    }

    public LocalDate getCoveredTo() {
        return coveredTo;
    }

    public int getAdded() {
        return added;
    }

    public int getRemoved() {
        return removed;
    }

    public int getRenamed() {
        return renamed;
    }
}
