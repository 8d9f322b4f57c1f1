package org.localvoice.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.localvoice.visits.domain.CertificateImages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Certificate images: only when the network keeps them, checked by their bytes, opened by host managers only, deleted in time. */
@IntegrationTest
class CertificateImagesTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CertificateImages images;
    VisitsFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new VisitsFixtures(jdbc, context);
    }

    UUID representative() throws Exception {
        UUID participant = fixtures.participant("trafford", "Cora Certificate " + UUID.randomUUID().toString().substring(0, 6),
                "cora-" + UUID.randomUUID() + "@example.org");
        String day = LocalDate.now().minusDays(2).toString();
        mvc.perform(post("/manage/representatives/new").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("participantId", participant.toString()).param("course", "Enter and View basics").param("trainingOn", day)
                        .param("checkType", "ENHANCED").param("checkOn", day).param("checkReference", "7788").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM visits_representative WHERE participant_id = ?", UUID.class, participant);
    }

    void keepImages(boolean keep) throws Exception {
        Long version = jdbc.query("SELECT s.version FROM visits_settings s JOIN tenancy_network n ON n.id = s.network_id WHERE n.slug = 'trafford'",
                rs -> rs.next() ? rs.getLong(1) : 0L);
        var request = post("/manage/representatives/settings").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("trainingMonths", "36").param("checkMonths", "36").param("version", String.valueOf(version));
        if (keep) {
            request.param("keepImages", "true");
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    long images(UUID rep) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM visits_certificate_image WHERE representative_id = ?", Long.class, rep);
    }

    @Test
    void imagesAreRefusedUnlessTheNetworkKeepsThemAndOnlyRealPdfJpegOrPngFilesAreKept() throws Exception {
        UUID rep = representative();
        mvc.perform(multipart("/manage/representatives/" + rep + "/certificate").file(new MockMultipartFile("file", "c.png", "image/png", PNG))
                        .with(TestUsers.csrf()).with(users.as("staff@trafford.example")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This network does not keep images of certificates")));
        assertThat(images(rep)).isZero();

        keepImages(true);
        try {
            mvc.perform(multipart("/manage/representatives/" + rep + "/certificate")
                            .file(new MockMultipartFile("file", "c.png", "image/png", "<html>not an image</html>".getBytes()))
                            .with(TestUsers.csrf()).with(users.as("staff@trafford.example")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(allOf(containsString("The file must be a PDF, JPEG or PNG"), containsString("href=\"#file\""))));
            byte[] big = Arrays.copyOf("%PDF-1.7".getBytes(), CertificateImages.MAX_BYTES + 1);
            mvc.perform(multipart("/manage/representatives/" + rep + "/certificate").file(new MockMultipartFile("file", "c.pdf", "application/pdf", big))
                            .with(TestUsers.csrf()).with(users.as("staff@trafford.example")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("smaller than 5 MB")));
            mvc.perform(multipart("/manage/representatives/" + rep + "/certificate")
                            .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", PNG))
                            .with(TestUsers.csrf()).with(users.as("staff@trafford.example")))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.queryForObject("SELECT content_type FROM visits_certificate_image WHERE representative_id = ?", String.class, rep))
                    .as("the type comes from the bytes, not the name or the browser").isEqualTo("image/png");

            mvc.perform(get("/manage/representatives/" + rep).with(users.as("staff@trafford.example")))
                    .andExpect(content().string(allOf(containsString("PNG image"), containsString("Only host managers can open it"),
                            not(containsString("href=\"/manage/representatives/" + rep + "/certificate\"")))));
            mvc.perform(get("/manage/representatives/" + rep + "/certificate").with(users.as("staff@trafford.example")))
                    .andExpect(status().isForbidden());
            byte[] read = mvc.perform(get("/manage/representatives/" + rep + "/certificate").with(users.as("manager@trafford.example")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "image/png"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Disposition", containsString("attachment")))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(read).isEqualTo(PNG);
            mvc.perform(get("/manage/representatives/" + rep + "/certificate").with(users.as("manager@barnet.example")))
                    .andExpect(status().isNotFound());
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM audit_entry WHERE entity_id = ? AND action = 'certificate.viewed'", Long.class, rep.toString())).isEqualTo(1L));

            long version = jdbc.queryForObject("SELECT version FROM visits_representative WHERE id = ?", Long.class, rep);
            String day = LocalDate.now().minusDays(1).toString();
            mvc.perform(post("/manage/representatives/" + rep + "/edit").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                            .param("course", "Enter and View basics").param("trainingOn", day).param("checkType", "ENHANCED")
                            .param("checkOn", day).param("checkReference", "NEW-CHECK").param("version", String.valueOf(version)))
                    .andExpect(status().is3xxRedirection());
            assertThat(images(rep)).as("a new check supersedes the image").isZero();
        } finally {
            keepImages(false);
        }
    }

    @Test
    void withdrawalTurningTheSettingOffAndRetentionDeleteImages() throws Exception {
        keepImages(true);
        UUID withdrawn = representative();
        UUID expired = representative();
        UUID kept = representative();
        try {
            for (UUID rep : new UUID[] {withdrawn, expired, kept}) {
                mvc.perform(multipart("/manage/representatives/" + rep + "/certificate")
                                .file(new MockMultipartFile("file", "c.jpg", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10}))
                                .with(TestUsers.csrf()).with(users.as("staff@trafford.example")))
                        .andExpect(status().is3xxRedirection());
            }
            long version = jdbc.queryForObject("SELECT version FROM visits_representative WHERE id = ?", Long.class, withdrawn);
            mvc.perform(post("/manage/representatives/" + withdrawn).with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                    .param("action", "withdraw").param("reason", "Stepped down").param("version", String.valueOf(version)))
                    .andExpect(status().is3xxRedirection());
            assertThat(images(withdrawn)).isZero();

            LocalDate old = LocalDate.now().minusYears(4);
            jdbc.update("UPDATE visits_representative SET check_on = ? WHERE id = ?", old, expired);
            jdbc.update("UPDATE visits_certificate_image SET check_on = ? WHERE representative_id = ?", old, expired);
            UUID trafford = fixtures.network("trafford");
            assertThat(TenantContext.runAs(trafford, images::applyRetention)).isPositive();
            assertThat(images(expired)).isZero();
            assertThat(images(kept)).isOne();
        } finally {
            keepImages(false);
        }
        assertThat(images(kept)).as("turning the setting off deletes every image").isZero();
    }
}
