package org.localvoice.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.directory.ServiceType;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class CqcImportTests {

    static final String HEADER = "Name,Also known as,Address,Postcode,Phone number,Service's website (if available),"
            + "Service types,Date of latest check,Specialisms/services,Provider name,Local authority,Region,Location URL,"
            + "CQC Location ID (for office use only),CQC Provider ID (for office use only)\n";

    @Autowired
    ImportJobs imports;
    @Autowired
    Directory directory;
    @Autowired
    JdbcTemplate jdbc;

    static String unique() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    }

    static String row(String name, String postcode, String la, String locationId, String providerId, String types) {
        return "\"" + name + "\",,\"1 High Street, Sale\"," + postcode + ",1619000000,,\"" + types + "\",16/11/2015 - 00:00,"
                + "Dementia|Caring for adults over 65 yrs,Quillcare Limited " + providerId + "," + la + ",North West,"
                + "https://www.cqc.org.uk/location/" + locationId + "," + locationId + "," + providerId + "\n";
    }

    ImportJob run(String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return imports.runNow(ImportKind.CQC, "cqc.csv", new ByteArrayInputStream(bytes), bytes.length, "test");
    }

    PremisesSummary byCqcId(String id) {
        UUID premisesId = jdbc.queryForObject("SELECT id FROM directory_premises WHERE cqc_location_id = ?", UUID.class, id);
        return directory.premises(premisesId).orElseThrow();
    }

    @Test
    void reportsEachBadRowWithItsRowNumberColumnAndValueAndImportsTheRest() {
        String id = unique();
        String csv = HEADER
                + row("Good Oak House " + id, "M33 7ZF", "Trafford", "1-1" + id, "1-9" + id, "Residential homes")
                + row("Bad Postcode House", "M33 7Z", "Trafford", "1-2" + id, "1-9" + id, "Residential homes")
                + row("No Id House", "M33 7ZF", "Trafford", "", "1-9" + id, "Residential homes")
                + row("Bad Id House", "M33 7ZF", "Trafford", "CQC-" + id, "1-9" + id, "Residential homes");
        ImportJob job = run(csv);

        assertThat(job.getStatus()).isEqualTo(ImportStatus.COMPLETED_WITH_ERRORS);
        assertThat(job.getRowsRead()).isEqualTo(4);
        assertThat(job.getRowsOk()).isEqualTo(1);
        assertThat(job.getRowsFailed()).isEqualTo(3);
        List<RowError> errors = imports.errors(job.getId(), 0, 100);
        assertThat(errors).containsExactly(
                new RowError(3, "Postcode", "directory.import.error.postcode", "M33 7Z"),
                new RowError(4, "CQC Location ID (for office use only)", "directory.import.error.missing", null),
                new RowError(5, "CQC Location ID (for office use only)", "directory.import.error.badId", "CQC-" + id));
        assertThat(byCqcId("1-1" + id).name()).isEqualTo("Good Oak House " + id);
    }

    @Test
    void importingTwiceUpdatesInPlaceWithoutDuplicates() {
        String id = unique();
        String first = HEADER + row("Maple Lodge " + id, "M33 7ZF", "Trafford", "1-3" + id, "1-8" + id, "Nursing homes")
                + row("Birch Court " + id, "WA15 6SQ", "Trafford", "1-4" + id, "1-8" + id, "Homecare agencies");
        run(first);
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM directory_premises", Integer.class);
        long version = jdbc.queryForObject("SELECT version FROM directory_premises WHERE cqc_location_id = ?", Long.class, "1-3" + id);

        String second = HEADER + row("Maple Lodge Nursing " + id, "M41 5BU", "Trafford", "1-3" + id, "1-8" + id,
                "Nursing homes|Residential homes") + row("Birch Court " + id, "WA15 6SQ", "Trafford", "1-4" + id, "1-8" + id,
                "Homecare agencies");
        ImportJob job = run(second);

        assertThat(job.getStatus()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM directory_premises", Integer.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM directory_provider WHERE cqc_provider_id = ?", Integer.class,
                "1-8" + id)).isEqualTo(1);
        PremisesSummary maple = byCqcId("1-3" + id);
        assertThat(maple.name()).isEqualTo("Maple Lodge Nursing " + id);
        assertThat(maple.postcode()).isEqualTo("M41 5BU");
        assertThat(maple.serviceTypes()).containsExactlyInAnyOrder(ServiceType.NURSING_HOME, ServiceType.RESIDENTIAL_HOME);
        assertThat(maple.phone()).isEqualTo("01619000000");
        assertThat(jdbc.queryForObject("SELECT version FROM directory_premises WHERE cqc_location_id = ?", Long.class, "1-3" + id))
                .isGreaterThan(version);
        assertThat(directory.search(new DirectorySearch("nursing " + id, null, null, null, null), PageRequest.of(0, 5))
                .getContent()).extracting(PremisesSummary::name).containsExactly("Maple Lodge Nursing " + id);
    }

    @Test
    void matchesCqcLocalAuthorityNamesToCouncils() {
        String id = unique();
        run(HEADER + row("Dagenham House " + id, "RM9 6SJ", "Barking & Dagenham", "1-5" + id, "1-7" + id, "Dentist")
                + row("Hull House " + id, "HU1 1AA", "Kingston-upon-Hull", "1-6" + id, "1-7" + id, "Dentist")
                + row("Cumbrian House " + id, "CA1 1AA", "Cumbria", "1-7" + id, "1-7" + id, "Dentist"));
        assertThat(byCqcId("1-5" + id).localAuthorityCode()).isEqualTo("E09000002");
        assertThat(byCqcId("1-6" + id).localAuthorityCode()).isEqualTo("E06000010");
        // Cumbria was split in 2023: the postcode district's evidence decides between the successors.
        assertThat(byCqcId("1-7" + id).localAuthorityCode()).isIn("E06000063", "E06000064");
    }

    @Test
    void aFileWithoutCqcColumnsFailsAsAWhole() {
        ImportJob job = run("name,postcode\nSomewhere,M33 7ZF\n");
        assertThat(job.getStatus()).isEqualTo(ImportStatus.FAILED);
        assertThat(job.getMessageCode()).isEqualTo("directory.import.failed.columns");
        assertThat(job.getMessageDetail()).contains("CQC Location ID (for office use only)");
    }

    @Test
    void importsTheShippedSampleInBatchesWithoutErrors() throws Exception {
        var resource = new org.springframework.core.io.ClassPathResource("reference/directory/cqc-directory-2016-sample.csv");
        // The first 1,200 rows: more than two batches.
        StringBuilder head = new StringBuilder();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(reader);
            var printer = new org.apache.commons.csv.CSVPrinter(head, org.apache.commons.csv.CSVFormat.DEFAULT);
            int n = 0;
            for (var record : parser) {
                printer.printRecord(record);
                if (++n > 1200) {
                    break;
                }
            }
        }
        ImportJob job = run(head.toString());
        assertThat(job.getStatus()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(job.getRowsOk()).isEqualTo(1200);
        assertThat(byCqcId("1-1000210669").name()).isEqualTo("Kingswood House Nursing Home");
        assertThat(byCqcId("1-1000210669").localAuthorityCode()).isEqualTo("E10000011");
    }
}
