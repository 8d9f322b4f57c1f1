package org.localvoice.directory.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.localvoice.directory.ProviderKind;
import org.localvoice.tenancy.LocalAuthoritySummary;
import org.localvoice.tenancy.Networks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo directory shipped under {@code reference/directory/}: ICBs and NHS trusts, Trafford's GP
 * practices, care homes, pharmacies and mental health services, and (when {@code full}) the CQC care
 * directory sample of 7,000 locations from 2016. Loaded through the importers, only into an empty directory.
 */
@Component
public class DemoDirectory implements org.localvoice.directory.domain.DemoDirectoryLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);
    private static final String ACTOR = "demo-data";

    private final ImportJobs imports;
    private final Networks networks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoDirectory(ImportJobs imports, Networks networks, JdbcTemplate jdbc, PlatformTransactionManager transactions,
            Clock clock) {
        this.imports = imports;
        this.networks = networks;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public boolean isEmpty() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM directory_premises FETCH FIRST 1 ROWS ONLY) p",
                Integer.class);
        return n == null || n == 0;
    }

    @Override
    public synchronized void load(boolean full) {
        if (!isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        localAuthorityCommissioners();
        run(ImportKind.ICB, "icb-names-codes-dec-2024.csv");
        run(ImportKind.ETR, "nhs-trusts-etr-2025.csv");
        if (full) {
            run(ImportKind.CQC, "cqc-directory-2016-sample.csv");
        }
        run(ImportKind.EPRACCUR, "trafford-gp-practices-epraccur.csv");
        run(ImportKind.LOCAL, "trafford-local-services.csv");
        log.info("Demo directory loaded ({}) in {} ms", full ? "full" : "Trafford only", (System.nanoTime() - start) / 1_000_000);
    }

    /** Every current council as a commissioner, keyed by its GSS code. */
    void localAuthorityCommissioners() {
        List<ImportRow> rows = new ArrayList<>();
        for (LocalAuthoritySummary la : networks.localAuthorities(true)) {
            rows.add(new ImportRow(List.of(new ProviderRow(ProviderKind.LOCAL_AUTHORITY, la.officialName(), null, null,
                    la.gssCode(), true, null, null, null, null)), null));
        }
        DirectoryWriter writer = new DirectoryWriter(jdbc, ACTOR, clock.instant());
        tx.executeWithoutResult(s -> writer.write(rows));
    }

    private void run(ImportKind kind, String file) {
        ClassPathResource resource = new ClassPathResource("reference/directory/" + file);
        try (InputStream in = resource.getInputStream()) {
            ImportJob job = imports.runNow(kind, file, in, resource.contentLength(), ACTOR);
            if (job.getStatus() != ImportStatus.SUCCEEDED) {
                log.warn("Demo directory file {}: {} ({} rows failed)", file, job.getStatus(), job.getRowsFailed());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
