package org.localvoice.directory.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Directory import jobs: started from an uploaded file and run in the background on a bounded executor
 * (one import at a time, at most {@value #QUEUE} waiting), or run at once (command line, demo data).
 */
@Service
public class ImportJobs {

    static final int QUEUE = 4;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportJobRepository jobs;
    private final ImportRunner runner;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), r -> {
                Thread t = new Thread(r, "directory-import");
                t.setDaemon(true);
                return t;
            });

    ImportJobs(ImportJobRepository jobs, ImportRunner runner, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            Clock clock) {
        this.jobs = jobs;
        this.runner = runner;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Queues an import of the file, which this service deletes when done, and returns the job at once.
     * When the queue is full the job is recorded as failed.
     */
    public ImportJob startInBackground(ImportKind kind, String fileName, Path file, String actor) {
        ImportJob job = create(kind, fileName, size(file));
        try {
            executor.execute(() -> {
                try (InputStream in = Files.newInputStream(file)) {
                    runner.run(job.getId(), in, actor);
                } catch (IOException e) {
                    log.warn("Cannot read import file for job {}", job.getId(), e);
                } finally {
                    delete(file);
                }
            });
        } catch (RejectedExecutionException e) {
            delete(file);
            tx.executeWithoutResult(s -> jobs.findById(job.getId()).orElseThrow()
                    .failed(clock.instant(), "directory.import.failed.busy", null));
        }
        return job;
    }

    /** Runs an import on this thread and returns the finished job. */
    public ImportJob runNow(ImportKind kind, String fileName, InputStream in, long size, String actor) {
        ImportJob job = create(kind, fileName, size);
        runner.run(job.getId(), in, actor);
        return jobs.findById(job.getId()).orElseThrow();
    }

    private ImportJob create(ImportKind kind, String fileName, long size) {
        return tx.execute(s -> jobs.save(new ImportJob(kind, fileName == null || fileName.isBlank() ? "upload.csv" : fileName,
                size)));
    }

    public Optional<ImportJob> find(UUID id) {
        return jobs.findById(id);
    }

    public Page<ImportJob> recent(Pageable page) {
        return jobs.findAllByOrderByCreatedAtDesc(page);
    }

    /** The job's saved row errors, in row order. */
    public List<RowError> errors(UUID jobId, int offset, int limit) {
        return jdbc.query("SELECT row_number, column_name, code, bad_value FROM directory_import_error WHERE job_id = ? "
                + "ORDER BY seq LIMIT ? OFFSET ?", (rs, i) -> new RowError(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), jobId, limit, offset);
    }

    public int errorCount(UUID jobId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM directory_import_error WHERE job_id = ?", Integer.class, jobId);
        return n == null ? 0 : n;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Cannot delete import file {}", file);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
