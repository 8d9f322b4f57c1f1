package org.localvoice.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class OdsImportTests {

    @Autowired
    ImportJobs imports;
    @Autowired
    JdbcTemplate jdbc;

    ImportJob run(ImportKind kind, String csv) {
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        return imports.runNow(kind, "ods.csv", new ByteArrayInputStream(bytes), bytes.length, "test");
    }

    /** A raw epraccur row: 27 columns, no header. */
    static String epraccur(String code, String name, String postcode, String closeDate, String status, String setting) {
        String[] c = new String[27];
        java.util.Arrays.fill(c, "");
        c[0] = code;
        c[1] = name;
        c[2] = "Y62";
        c[3] = "QOP";
        c[4] = "THE HEALTH CENTRE";
        c[5] = "SCHOOL ROAD";
        c[6] = "SALE";
        c[7] = "CHESHIRE";
        c[9] = postcode;
        c[10] = "19740401";
        c[11] = closeDate;
        c[12] = status;
        c[13] = "B";
        c[14] = "02A";
        c[17] = "0161 9050000";
        c[25] = setting;
        return String.join(",", c) + "\n";
    }

    Map<String, Object> premises(String ods) {
        return jdbc.queryForMap("SELECT p.name, p.address, p.la_gss_code, p.closed_on, p.source, c.kind AS controller_kind, "
                + "m.ods_code AS commissioner FROM directory_premises p LEFT JOIN directory_provider c ON c.id = p.controller_id "
                + "LEFT JOIN directory_provider m ON m.id = p.commissioner_id WHERE p.ods_code = ?", ods);
    }

    @Test
    void rawEpraccurImportsGpPracticesOnlyAndKeepsClosedOnesMarkedClosed() {
        ImportJob job = run(ImportKind.EPRACCUR, epraccur("Z91001", "SCHOOL ROAD SURGERY", "M33 7ZF", "", "A", "4")
                + epraccur("Z91002", "OLD SURGERY", "M33 7ZF", "20200331", "C", "4")
                + epraccur("Z91003", "WALK-IN CENTRE", "M33 7ZF", "", "A", "1")
                + epraccur("Z91004", "BROKEN POSTCODE SURGERY", "M3", "", "A", "4"));

        assertThat(job.getRowsRead()).isEqualTo(4);
        assertThat(job.getRowsOk()).isEqualTo(2);
        assertThat(job.getRowsSkipped()).isEqualTo(1);
        assertThat(job.getRowsFailed()).isEqualTo(1);
        assertThat(imports.errors(job.getId(), 0, 10)).containsExactly(
                new RowError(4, "10 (postcode)", "directory.import.error.postcode", "M3"));
        Map<String, Object> open = premises("Z91001");
        assertThat(open.get("name")).isEqualTo("School Road Surgery");
        assertThat(open.get("address")).isEqualTo("The Health Centre, School Road, Sale, Cheshire");
        assertThat(open.get("la_gss_code")).isEqualTo("E08000009");
        assertThat(open.get("controller_kind")).isEqualTo("GP_PRACTICE");
        assertThat(open.get("commissioner")).isEqualTo("QOP");
        assertThat(open.get("closed_on")).isNull();
        assertThat(premises("Z91002").get("closed_on")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM directory_premises WHERE ods_code = 'Z91003'", Integer.class)).isZero();
    }

    @Test
    void epraccurWithAHeaderIsRecognisedAndImportedTwiceIdempotently() {
        String csv = "organisation_code,name,address_line_1,address_line_2,address_line_3,address_line_4,address_line_5,"
                + "postcode,open_date,close_date,status_code,commissioner,contact_telephone_number,national_grouping,"
                + "high_level_health_geography\n"
                + "Z92001,LIMES MEDICAL CENTRE,1 LIMES ROAD,,ALTRINCHAM,,,WA14 2DD,19740401,,A,02A,0161 9280000,Y62,QOP\n";
        run(ImportKind.EPRACCUR, csv);
        ImportJob again = run(ImportKind.EPRACCUR, csv.replace("LIMES MEDICAL CENTRE", "LIMES HEALTH CENTRE"));
        assertThat(again.getStatus()).isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM directory_premises WHERE ods_code = 'Z92001'", Integer.class)).isOne();
        assertThat(premises("Z92001").get("name")).isEqualTo("Limes Health Centre");
        assertThat(jdbc.queryForObject("SELECT name FROM directory_provider WHERE ods_code = 'Z92001'", String.class))
                .isEqualTo("Limes Health Centre");
    }

    @Test
    void etrImportsTrustsAsProvidersWithTheirHeadquarters() {
        String[] raw = new String[27];
        java.util.Arrays.fill(raw, "");
        raw[0] = "ZZ1";
        raw[1] = "SALE AND DISTRICT NHS FOUNDATION TRUST";
        raw[2] = "Y62";
        raw[3] = "QOP";
        raw[4] = "TRUST HEADQUARTERS";
        raw[5] = "WASHWAY ROAD";
        raw[7] = "SALE";
        raw[9] = "M33 7ZF";
        raw[10] = "20040401";
        String welsh = "7A1,BETSI CADWALADR UNIVERSITY LHB,W00,W11,,,,,,LL57 2PW,20091001" + ",".repeat(16) + "\n";
        ImportJob job = run(ImportKind.ETR, String.join(",", raw) + "\n" + welsh);
        assertThat(job.getRowsOk()).isEqualTo(1);
        assertThat(job.getRowsSkipped()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT kind FROM directory_provider WHERE ods_code = 'ZZ1'", String.class))
                .isEqualTo("FOUNDATION_TRUST");
        Map<String, Object> hq = premises("ZZ1");
        assertThat(hq.get("name")).isEqualTo("Sale and District NHS Foundation Trust");
        assertThat(hq.get("controller_kind")).isEqualTo("FOUNDATION_TRUST");
        assertThat(jdbc.queryForObject("SELECT service_type FROM directory_premises_service_type t JOIN directory_premises p "
                + "ON p.id = t.premises_id WHERE p.ods_code = 'ZZ1'", String.class)).isEqualTo("TRUST_HEADQUARTERS");
    }

    @Test
    void theShippedTrustsAndIcbsAreLoadedAsCommissionersAndProviders() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM directory_provider WHERE kind = 'PCT_ICB' AND commissioner = TRUE",
                Integer.class)).isGreaterThanOrEqualTo(42);
        assertThat(jdbc.queryForObject("SELECT name FROM directory_provider WHERE ods_code = 'QOP' AND commissioner = TRUE",
                String.class)).isEqualTo("NHS Greater Manchester Integrated Care Board");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM directory_provider WHERE kind = 'LOCAL_AUTHORITY' AND commissioner = TRUE",
                Integer.class)).isGreaterThan(140);
        assertThat(jdbc.queryForObject("SELECT name FROM directory_provider WHERE ods_code = 'R0A'", String.class))
                .isEqualTo("Manchester University NHS Foundation Trust");
    }
}
