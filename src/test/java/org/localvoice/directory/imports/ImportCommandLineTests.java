package org.localvoice.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ImportCommandLineTests {

    @Autowired
    ImportCommandLine commandLine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importsAFileAndExitsWithZeroWhenEveryRowWasImported(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("icb.csv");
        Files.writeString(file, "ICB24CD,ICB24CDH,ICB24NM,ObjectId\nE54999999,ZZQ,NHS Test Integrated Care Board,99\n");
        assertThat(commandLine.importFile("icb", file.toString())).isZero();
        assertThat(jdbc.queryForObject("SELECT name FROM directory_provider WHERE gss_code = 'E54999999'", String.class))
                .isEqualTo("NHS Test Integrated Care Board");
    }

    @Test
    void exitsWithOneWhenRowsFailAndTwoWhenItCannotRun(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("icb.csv");
        Files.writeString(file, "ICB24CD,ICB24CDH,ICB24NM,ObjectId\nnot-a-code,ZZR,NHS Broken ICB,98\n");
        assertThat(commandLine.importFile("icb", file.toString())).isOne();
        assertThat(commandLine.importFile("castles", file.toString())).isEqualTo(2);
        assertThat(commandLine.importFile("cqc", dir.resolve("missing.csv").toString())).isEqualTo(2);
    }
}
