package org.localvoice.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.shared.Ids;
import org.localvoice.shared.NationalRecord;

/** A bank holiday in one division of the UK (only England and Wales is used), as published by gov.uk. */
@Entity
@Table(name = "calendar_bank_holiday")
@NationalRecord("National reference data: bank holidays apply to every network")
public class BankHoliday {

    public static final String ENGLAND_AND_WALES = "england-and-wales";

    @Id
    private UUID id;
    @Column(nullable = false, length = 40)
    private String division;
    @Column(name = "holiday_date", nullable = false)
    private LocalDate date;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 200)
    private String notes;
    private boolean bunting;
    @Column(nullable = false, length = 200)
    private String source;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected BankHoliday() {
    }

    BankHoliday(LocalDate date, String title, String notes, boolean bunting, String source, Instant importedAt) {
        this.id = Ids.next();
        this.division = ENGLAND_AND_WALES;
        this.date = date;
        update(title, notes, bunting, source, importedAt);
    }

    void update(String title, String notes, boolean bunting, String source, Instant importedAt) {
        this.title = title;
        this.notes = notes == null || notes.isBlank() ? null : notes;
        this.bunting = bunting;
        this.source = source;
        this.importedAt = importedAt;
    }

    public UUID getId() {
        return id;
    }

    public String getDivision() {
        return division;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isBunting() {
        return bunting;
    }

    public String getSource() {
        return source;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
