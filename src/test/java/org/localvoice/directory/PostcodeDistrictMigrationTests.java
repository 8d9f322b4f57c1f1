package org.localvoice.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class PostcodeDistrictMigrationTests {

    @Test
    void shippedMigrationMatchesTheEvidenceInTheShippedFiles() throws IOException {
        String generated = PostcodeDistrictEvidence.fromShippedData().toSql();
        if (Boolean.getBoolean("localvoice.directory.regenerate")) {
            Files.writeString(Path.of("src/main/resources", PostcodeDistrictEvidence.MIGRATION), generated, StandardCharsets.UTF_8);
        }
        String shipped = new ClassPathResource(PostcodeDistrictEvidence.MIGRATION).getContentAsString(StandardCharsets.UTF_8);
        assertThat(shipped).isEqualTo(generated);
    }

    @Test
    void traffordDistrictsPointAtTrafford() throws IOException {
        var counts = PostcodeDistrictEvidence.fromShippedData().counts();
        assertThat(counts.get("M33")).containsKey("E08000009");
        assertThat(counts.get("WA15")).containsKey("E08000009");
    }

    @Test
    void anAbolishedCouncilCountsForEachOfItsSuccessors() throws IOException {
        // CQC's 2016 "Cumbria" became Cumberland and Westmorland and Furness in 2023.
        var counts = PostcodeDistrictEvidence.fromShippedData().counts();
        assertThat(counts.values()).anySatisfy(byAuthority -> assertThat(byAuthority).containsKeys("E06000063", "E06000064"));
    }
}
