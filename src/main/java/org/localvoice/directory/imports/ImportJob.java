package org.localvoice.directory.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.localvoice.shared.AuditedEntity;
import org.localvoice.shared.NationalRecord;

/** One run of a directory import: its file, progress, counts and outcome. Row errors are kept apart. */
@Entity
@Table(name = "directory_import_job")
@NationalRecord("Imports change the national directory; only platform administrators run them")
public class ImportJob extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportKind kind;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ImportStatus status = ImportStatus.QUEUED;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "bytes_total", nullable = false)
    private long bytesTotal;

    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(name = "rows_ok", nullable = false)
    private int rowsOk;

    @Column(name = "rows_failed", nullable = false)
    private int rowsFailed;

    @Column(name = "rows_skipped", nullable = false)
    private int rowsSkipped;

    @Column(name = "message_code", length = 100)
    private String messageCode;

    @Column(name = "message_detail", length = 1000)
    private String messageDetail;

    protected ImportJob() {
    }

    public ImportJob(ImportKind kind, String fileName, long bytesTotal) {
        this.kind = kind;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.bytesTotal = bytesTotal;
    }

    void started(Instant at) {
        status = ImportStatus.RUNNING;
        startedAt = at;
    }

    void progress(long bytesRead, int read, int ok, int failed, int skipped) {
        this.bytesRead = bytesRead;
        this.rowsRead = read;
        this.rowsOk = ok;
        this.rowsFailed = failed;
        this.rowsSkipped = skipped;
    }

    void finished(Instant at) {
        finishedAt = at;
        bytesRead = bytesTotal;
        status = rowsFailed > 0 ? ImportStatus.COMPLETED_WITH_ERRORS : ImportStatus.SUCCEEDED;
    }

    void failed(Instant at, String code, String detail) {
        finishedAt = at;
        status = ImportStatus.FAILED;
        messageCode = code;
        messageDetail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }

    /** Progress through the file, 0 to 100. */
    public int percent() {
        if (status.finished()) {
            return 100;
        }
        return bytesTotal <= 0 ? 0 : (int) Math.min(99, bytesRead * 100 / bytesTotal);
    }

    public ImportKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getBytesTotal() {
        return bytesTotal;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getRowsOk() {
        return rowsOk;
    }

    public int getRowsFailed() {
        return rowsFailed;
    }

    public int getRowsSkipped() {
        return rowsSkipped;
    }

    public String getMessageCode() {
        return messageCode;
    }

    public String getMessageDetail() {
        return messageDetail;
    }
}
