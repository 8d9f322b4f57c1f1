package org.localvoice.directory.imports;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Command-line import: {@code java -jar localvoice.jar --import=cqc --file=path.csv} (kinds: cqc, epraccur,
 * etr, icb, local) runs the import, prints a summary and the first row errors, and exits: 0 when every row
 * was imported, 1 when some rows failed, 2 when the import could not run. Without {@code --import} it does
 * nothing. The web server starts as usual (add {@code --server.port=0} when another instance is running).
 */
@Component
class ImportCommandLine implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportCommandLine.class);

    private final ImportJobs imports;
    private final ApplicationContext context;

    ImportCommandLine(ImportJobs imports, ApplicationContext context) {
        this.imports = imports;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("import")) {
            return;
        }
        int code = importFile(first(args, "import"), first(args, "file"));
        System.exit(SpringApplication.exit(context, () -> code));
    }

    int importFile(String kindArg, String fileArg) throws java.io.IOException {
        var kind = ImportKind.fromArgument(kindArg);
        if (kind.isEmpty() || fileArg == null) {
            log.error("Usage: --import=cqc|epraccur|etr|icb|local --file=path.csv");
            return 2;
        }
        Path file = Path.of(fileArg);
        if (!Files.isReadable(file)) {
            log.error("Cannot read {}", file);
            return 2;
        }
        ImportJob job;
        try (InputStream in = Files.newInputStream(file)) {
            job = imports.runNow(kind.get(), file.getFileName().toString(), in, Files.size(file), "command-line");
        }
        log.info("Import {} of {}: {}. Rows read {}, imported {}, failed {}, skipped {}.", job.getId(),
                job.getFileName(), job.getStatus(), job.getRowsRead(), job.getRowsOk(), job.getRowsFailed(),
                job.getRowsSkipped());
        if (job.getMessageCode() != null) {
            log.warn("{}{}", job.getMessageCode(), job.getMessageDetail() == null ? "" : ": " + job.getMessageDetail());
        }
        for (RowError e : imports.errors(job.getId(), 0, 20)) {
            log.warn("  row {}{}: {}{}", e.rowNumber(), e.column() == null ? "" : " [" + e.column() + "]", e.code(),
                    e.value() == null ? "" : " (" + e.value() + ")");
        }
        return switch (job.getStatus()) {
            case SUCCEEDED -> 0;
            case COMPLETED_WITH_ERRORS -> 1;
            default -> 2;
        };
    }

    private static String first(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
