package org.localvoice.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ImportAdminTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorUploadsAFileAndFollowsTheBackgroundImport() throws Exception {
        String csv = "ICB24CD,ICB24CDH,ICB24NM,ObjectId\nE54888888,ZZT,NHS Upload Test ICB,1\nbad,ZZU,NHS Bad Row ICB,2\n";
        var file = new MockMultipartFile("file", "icbs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        String location = mvc.perform(multipart("/admin/directory/imports").file(file).param("kind", "ICB").with(csrf())
                        .with(users.as("admin@localvoice.example")))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        UUID jobId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String status;
        do {
            Thread.sleep(100);
            status = jdbc.queryForObject("SELECT status FROM directory_import_job WHERE id = ?", String.class, jobId);
        } while (("QUEUED".equals(status) || "RUNNING".equals(status)) && System.nanoTime() < deadline);
        assertThat(status).isEqualTo("COMPLETED_WITH_ERRORS");

        mvc.perform(get(location).with(users.as("admin@localvoice.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("icbs.csv")))
                .andExpect(content().string(containsString("Finished with errors")))
                .andExpect(content().string(containsString("Not a valid ID: bad")))
                .andExpect(content().string(containsString("<progress")));
        mvc.perform(get(location + "/progress").with(users.as("admin@localvoice.example")))
                .andExpect(jsonPath("$.rowsOk").value(1))
                .andExpect(jsonPath("$.rowsFailed").value(1))
                .andExpect(jsonPath("$.percent").value(100));
        mvc.perform(get("/admin/directory/imports").with(users.as("admin@localvoice.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("icbs.csv")));
    }

    @Test
    void anUploadWithoutKindOrFileIsExplained() throws Exception {
        mvc.perform(multipart("/admin/directory/imports").with(csrf()).with(users.as("admin@localvoice.example")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Select the kind of file")))
                .andExpect(content().string(containsString("Select a CSV file")));
    }

    @Test
    void onlyPlatformAdministratorsImport() throws Exception {
        mvc.perform(get("/admin/directory/imports").with(users.as("manager@trafford.example"))).andExpect(status().isForbidden());
    }
}
