package org.localvoice.directory.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.localvoice.directory.domain.LocalAuthorityNames;
import org.localvoice.directory.domain.PostcodeDistricts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import job: streams the file record by record (never the whole file in memory), maps each
 * row, writes batches of {@value #BATCH} rows, keeps the first {@value #MAX_ERRORS} row errors and
 * updates the job's progress after every batch.
 */
@Component
class ImportRunner {

    static final int BATCH = 500;
    static final int MAX_ERRORS = 1000;
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ImportJobRepository jobs;
    private final PostcodeDistricts districts;
    private final Clock clock;
    private volatile LocalAuthorityNames names;

    ImportRunner(JdbcTemplate jdbc, PlatformTransactionManager transactions, ImportJobRepository jobs,
            PostcodeDistricts districts, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.jobs = jobs;
        this.districts = districts;
        this.clock = clock;
    }

    private LocalAuthorityNames names() {
        if (names == null) {
            names = LocalAuthorityNames.load();
        }
        return names;
    }

    /** Runs the job to the end on this thread; the stream is closed. */
    void run(UUID jobId, InputStream input, String actor) {
        ImportJob job = update(jobId, j -> j.started(clock.instant()));
        Progress progress = new Progress(jobId);
        try (CountingInputStream counted = new CountingInputStream(input);
                BufferedReader reader = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 65536)) {
            progress.counter = counted;
            skipByteOrderMark(reader);
            RowFormat format = format(job.getKind(), reader);
            CSVFormat csv = format.hasHeader()
                    ? CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get()
                    : CSVFormat.DEFAULT;
            try (CSVParser parser = csv.parse(reader)) {
                if (format.hasHeader()) {
                    List<String> missing = format.requiredColumns().stream()
                            .filter(c -> !parser.getHeaderNames().contains(c)).toList();
                    if (!missing.isEmpty()) {
                        fail(jobId, "directory.import.failed.columns", String.join(", ", missing));
                        return;
                    }
                }
                DirectoryWriter writer = new DirectoryWriter(jdbc, actor, clock.instant());
                List<Pending> batch = new ArrayList<>(BATCH);
                for (CSVRecord record : parser) {
                    long rowNumber = record.getRecordNumber() + (format.hasHeader() ? 1 : 0);
                    progress.read++;
                    Cells cells = new Cells(record, rowNumber);
                    ImportRow row;
                    try {
                        row = format.map(cells);
                    } catch (RuntimeException e) {
                        cells.error(new Cells.Column(null, null, -1), "directory.import.error.unreadable", e.getMessage());
                        row = null;
                    }
                    if (!cells.ok() || row == null) {
                        progress.failed(cells.errors());
                    } else if (row.skipped()) {
                        progress.skipped++;
                    } else {
                        batch.add(new Pending(rowNumber, row));
                        if (batch.size() == BATCH) {
                            flush(writer, batch, progress);
                        }
                    }
                }
                flush(writer, batch, progress);
            }
            update(jobId, j -> j.finished(clock.instant()));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            log.warn("Directory import {} stopped: {}", jobId, e.getMessage());
            progress.save();
            fail(jobId, "directory.import.failed.unreadable", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Directory import {} failed", jobId, e);
            progress.save();
            fail(jobId, "directory.import.failed.internal", e.getClass().getSimpleName());
        }
    }

    private record Pending(long rowNumber, ImportRow row) {
    }

    private void flush(DirectoryWriter writer, List<Pending> batch, Progress progress) {
        if (batch.isEmpty()) {
            progress.save();
            return;
        }
        try {
            tx.executeWithoutResult(s -> writer.write(batch.stream().map(Pending::row).toList()));
            progress.ok += batch.size();
        } catch (DataAccessException e) {
            // One row broke the batch (for example a regulator id that another entry already has): write the rows
            // one by one to find it and keep the others.
            for (Pending p : batch) {
                try {
                    tx.executeWithoutResult(s -> writer.write(List.of(p.row())));
                    progress.ok++;
                } catch (DataAccessException rowFailure) {
                    String key = p.row().premises() != null ? p.row().premises().key() : p.row().providers().get(0).key();
                    progress.failed(List.of(new RowError(p.rowNumber(), null, "directory.import.error.conflict", key)));
                }
            }
        }
        batch.clear();
        progress.save();
    }

    private RowFormat format(ImportKind kind, BufferedReader reader) throws IOException {
        Places places = new Places(names(), districts.all());
        return switch (kind) {
            case CQC -> new CqcDirectoryFormat(places);
            case EPRACCUR -> new EpraccurFormat(startsWith(reader, "organisation_code"), places);
            case ETR -> new EtrFormat(startsWith(reader, "organisation_code"), places);
            case ICB -> new IcbFormat();
            case LOCAL -> new LocalDirectoryFormat(places);
        };
    }

    private static boolean startsWith(BufferedReader reader, String prefix) throws IOException {
        reader.mark(prefix.length() + 2);
        char[] head = new char[prefix.length()];
        int n = reader.read(head);
        reader.reset();
        return n == prefix.length() && prefix.equalsIgnoreCase(new String(head));
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    private ImportJob update(UUID jobId, java.util.function.Consumer<ImportJob> change) {
        return tx.execute(s -> {
            ImportJob job = jobs.findById(jobId).orElseThrow();
            change.accept(job);
            return job;
        });
    }

    private void fail(UUID jobId, String code, String detail) {
        update(jobId, j -> j.failed(clock.instant(), code, detail));
    }

    /** Counts and the row errors not yet saved. */
    private final class Progress {
        final UUID jobId;
        CountingInputStream counter;
        int read;
        int ok;
        int failed;
        int skipped;
        int errorsSaved;
        final List<RowError> unsaved = new ArrayList<>();

        Progress(UUID jobId) {
            this.jobId = jobId;
        }

        void failed(List<RowError> errors) {
            failed++;
            for (RowError e : errors) {
                if (errorsSaved + unsaved.size() < MAX_ERRORS) {
                    unsaved.add(e);
                }
            }
        }

        void save() {
            if (!unsaved.isEmpty()) {
                List<Object[]> toSave = new ArrayList<>();
                for (RowError e : unsaved) {
                    toSave.add(new Object[] {jobId, errorsSaved + toSave.size(), e.rowNumber(), e.column(), e.code(), e.value()});
                }
                jdbc.batchUpdate("INSERT INTO directory_import_error (job_id, seq, row_number, column_name, code, bad_value) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", toSave);
                errorsSaved += toSave.size();
                unsaved.clear();
            }
            long bytes = counter == null ? 0 : counter.count();
            update(jobId, j -> j.progress(bytes, read, ok, failed, skipped));
        }
    }
}
