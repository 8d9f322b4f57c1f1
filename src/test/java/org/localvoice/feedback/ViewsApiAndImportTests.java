package org.localvoice.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The views API (public and staff) and the CSV import of offline views. */
@IntegrationTest
class ViewsApiAndImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aViewGivenThroughTheOpenApiGetsAReferenceAndBadInputIsAProblemListingTheFields() throws Exception {
        String text = "API view about the pharmacy " + UUID.randomUUID();
        mvc.perform(post("/api/v1/public/networks/trafford/views").contentType(MediaType.APPLICATION_JSON).with(r -> {
                    r.setRemoteAddr("10.77.0.1");
                    return r;
                }).content("""
                        {"serviceName": "Boots, Sale", "text": "%s", "happened": "2026-02", "rating": 4,
                         "consent": "PUBLISH_ANONYMISED"}""".formatted(text)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("TRA-")));
        assertThat(jdbc.queryForObject("SELECT channel FROM feedback_experience WHERE text = ?", String.class, text)).isEqualTo("API");

        mvc.perform(post("/api/v1/public/networks/trafford/views").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"\", \"happened\": \"2026-13\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("text")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("happened")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("consent")));
        mvc.perform(post("/api/v1/public/networks/nowhere/views").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiListsOnlyPublishedViewsOfTheNetworkWithoutPeople() throws Exception {
        String published = jdbc.queryForObject("SELECT reference FROM feedback_experience e JOIN tenancy_network n ON n.id = e.network_id"
                + " WHERE n.slug = 'trafford' AND e.status = 'PUBLISHED' ORDER BY e.reference LIMIT 1", String.class);
        String waiting = jdbc.queryForObject("SELECT reference FROM feedback_experience e JOIN tenancy_network n ON n.id = e.network_id"
                + " WHERE n.slug = 'trafford' AND e.status = 'AWAITING_MODERATION' ORDER BY e.reference LIMIT 1", String.class);
        mvc.perform(get("/api/v1/public/networks/trafford/views?size=100")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].reference", hasItem(published)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(waiting))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("@"))));
        mvc.perform(get("/api/v1/public/networks/trafford/views/" + published)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/public/networks/trafford/views/" + waiting)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/networks/barnet/views/" + published)).andExpect(status().isNotFound());
    }

    @Test
    void staffModerateThroughTheApiAndAStaleVersionIsAConflict() throws Exception {
        String token = users.bearerToken("staff@trafford.example");
        UUID id = jdbc.queryForObject("SELECT e.id FROM feedback_experience e JOIN tenancy_network n ON n.id = e.network_id"
                + " WHERE n.slug = 'trafford' AND e.status = 'AWAITING_MODERATION' AND e.safeguarding_open = FALSE"
                + " ORDER BY e.created_at DESC LIMIT 1", UUID.class);
        long version = jdbc.queryForObject("SELECT version FROM feedback_experience WHERE id = ?", Long.class, id);
        mvc.perform(get("/api/v1/views?status=AWAITING_MODERATION&size=100").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));
        mvc.perform(get("/api/v1/views?status=NONSENSE").header("Authorization", "Bearer " + token)).andExpect(status().isBadRequest());
        String body = "{\"decision\": \"HOLD\", \"text\": \"Held through the API\", \"version\": %d}";
        mvc.perform(post("/api/v1/views/" + id + "/moderation").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(version)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HELD"));
        mvc.perform(post("/api/v1/views/" + id + "/moderation").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(version)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/views/" + id).header("Authorization", "Bearer " + users.bearerToken("staff@barnet.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/views/" + id).header("Authorization", "Bearer " + users.bearerToken("participant@trafford.example")))
                .andExpect(status().isForbidden());
    }

    /** Real Friends and Family Test comments (see src/test/resources/feedback/fft-sample.csv), as an offline import file. */
    static String importFile(boolean withABadRow) throws IOException {
        StringBuilder csv = new StringBuilder("service,text,happened,rating,channel,received,consent,name,email,phone,may_contact\n");
        List<CSVRecord> rows = new ArrayList<>();
        try (var in = new InputStreamReader(new ClassPathResource("feedback/fft-sample.csv").getInputStream(), StandardCharsets.UTF_8)) {
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).forEach(rows::add);
        }
        for (CSVRecord r : rows.subList(0, 6)) {
            csv.append('"').append(r.get("trust")).append(' ').append(r.get("service_type_1")).append("\",\"")
                    .append(r.get("text").replace("\"", "\"\"")).append(' ').append(UUID.randomUUID()).append("\",")
                    .append(r.get("date"), 0, 7).append(',').append(6 - Integer.parseInt(r.get("fft_score")))
                    .append(",EVENT,").append(r.get("date")).append(",publish,,,,\n");
        }
        if (withABadRow) {
            csv.append("Sale Surgery,,2026-99,9,FAX,tomorrow,maybe,,not-an-email,,\n");
        }
        return csv.toString();
    }

    @Test
    void aGoodFileIsImportedWholeAndAFileWithABadRowImportsNothingAndSaysWhatIsWrong() throws Exception {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience WHERE channel = 'EVENT'", Long.class);
        mvc.perform(multipart("/manage/views/import").file(new MockMultipartFile("file", "views.csv", "text/csv",
                        importFile(true).getBytes(StandardCharsets.UTF_8))).with(csrf()).with(users.as("staff@trafford.example")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Nothing was imported")))
                .andExpect(content().string(containsString("The channel must be OUTREACH")))
                .andExpect(content().string(containsString("The consent must be publish or evidence")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience WHERE channel = 'EVENT'", Long.class)).isEqualTo(before);

        mvc.perform(multipart("/manage/views/import").file(new MockMultipartFile("file", "views.csv", "text/csv",
                        ("\uFEFF" + importFile(false)).getBytes(StandardCharsets.UTF_8))).with(csrf()).with(users.as("staff@trafford.example")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience WHERE channel = 'EVENT'", Long.class))
                .isEqualTo(before + 6);
    }
}
