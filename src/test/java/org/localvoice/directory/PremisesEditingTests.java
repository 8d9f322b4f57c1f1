package org.localvoice.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.localvoice.tenancy.Networks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@RecordApplicationEvents
class PremisesEditingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Networks networks;
    @Autowired
    ApplicationEvents events;

    static String unique() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    }

    MockHttpServletRequestBuilder validNew(String id) {
        return post("/manage/directory/premises/new").with(csrf()).with(users.as("staff@trafford.example"))
                .param("name", "Riverside Day Centre " + id)
                .param("address", "2 River Lane, Sale")
                .param("postcode", "m33 7zf")
                .param("serviceTypes", "COMMUNITY_HEALTHCARE", "CLINIC")
                .param("communalAreas", "Lounge and garden")
                .param("cqcLocationId", "1-5" + id)
                .param("controllerName", "Riverside Care CIC " + id)
                .param("controllerKind", "SOCIAL_ENTERPRISE")
                .param("ownerReference", "E08000009")
                .param("version", "0");
    }

    UUID idOf(String cqcId) {
        return jdbc.queryForObject("SELECT id FROM directory_premises WHERE cqc_location_id = ?", UUID.class, cqcId);
    }

    @Test
    void staffAddAnEntryWithDifferentOwnerAndControllerAndTheChangeIsPublished() throws Exception {
        String id = unique();
        mvc.perform(validNew(id)).andExpect(status().is3xxRedirection());
        UUID premisesId = idOf("1-5" + id);
        var row = jdbc.queryForMap("SELECT p.postcode, p.la_gss_code, p.source, o.kind AS owner_kind, c.kind AS controller_kind, "
                + "c.name AS controller FROM directory_premises p JOIN directory_provider o ON o.id = p.owner_id "
                + "JOIN directory_provider c ON c.id = p.controller_id WHERE p.id = ?", premisesId);
        assertThat(row.get("postcode")).isEqualTo("M33 7ZF");
        assertThat(row.get("la_gss_code")).isEqualTo("E08000009");
        assertThat(row.get("source")).isEqualTo("MANUAL");
        assertThat(row.get("owner_kind")).isEqualTo("LOCAL_AUTHORITY");
        assertThat(row.get("controller_kind")).isEqualTo("SOCIAL_ENTERPRISE");
        UUID trafford = networks.findBySlug("trafford").orElseThrow().id();
        assertThat(events.stream(DirectoryEntryChanged.class))
                .contains(new DirectoryEntryChanged(trafford, premisesId, DirectoryEntryChanged.Action.CREATED));

        mvc.perform(get("/manage/directory/premises/" + premisesId).with(users.as("staff@barnet.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Riverside Care CIC " + id)))
                .andExpect(content().string(containsString("Lounge and garden")))
                .andExpect(content().string(containsString("1-5" + id)));
    }

    @Test
    void invalidFieldsAreReportedNextToEachField() throws Exception {
        mvc.perform(post("/manage/directory/premises/new").with(csrf()).with(users.as("staff@trafford.example"))
                        .param("name", "")
                        .param("postcode", "M33")
                        .param("website", "not a site")
                        .param("cqcLocationId", "ABC")
                        .param("controllerReference", "1-000000000")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the name")))
                .andExpect(content().string(containsString("Enter a real postcode, like M33 7ZF")))
                .andExpect(content().string(containsString("Enter a web address starting with https://")))
                .andExpect(content().string(containsString("Enter a CQC location ID like 1-1000210669")))
                .andExpect(content().string(containsString("Select at least one service")))
                .andExpect(content().string(containsString("There is no provider with this ID in the directory")))
                .andExpect(content().string(containsString("id=\"postcode-error\"")))
                .andExpect(content().string(containsString("href=\"#name\"")));
    }

    @Test
    void aRegulatorIdAlreadyUsedElsewhereIsRefused() throws Exception {
        String id = unique();
        mvc.perform(validNew(id)).andExpect(status().is3xxRedirection());
        mvc.perform(validNew(id).param("name", "Another " + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another entry already has this CQC location ID")));
    }

    @Test
    void correctingAnEntryFromAStaleFormIsRefusedAndChangesNothing() throws Exception {
        String id = unique();
        mvc.perform(validNew(id)).andExpect(status().is3xxRedirection());
        UUID premisesId = idOf("1-5" + id);
        String url = "/manage/directory/premises/" + premisesId + "/edit";
        mvc.perform(get(url).with(users.as("staff@trafford.example"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Riverside Day Centre " + id)));

        var edit = post(url).with(csrf()).with(users.as("staff@barnet.example"))
                .param("name", "Riverside Health Centre " + id).param("postcode", "M33 7ZF")
                .param("serviceTypes", "CLINIC").param("cqcLocationId", "1-5" + id)
                .param("controllerName", "Riverside Care CIC " + id).param("controllerKind", "SOCIAL_ENTERPRISE");
        String version = String.valueOf(jdbc.queryForObject("SELECT version FROM directory_premises WHERE id = ?", Long.class,
                premisesId));
        mvc.perform(edit.param("version", version)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/manage/directory/premises/" + premisesId));
        assertThat(jdbc.queryForObject("SELECT name FROM directory_premises WHERE id = ?", String.class, premisesId))
                .isEqualTo("Riverside Health Centre " + id);

        var stale = post(url).with(csrf()).with(users.as("staff@trafford.example"))
                .param("name", "Stale Name " + id).param("postcode", "M33 7ZF").param("serviceTypes", "CLINIC")
                .param("controllerName", "Riverside Care CIC " + id).param("controllerKind", "SOCIAL_ENTERPRISE")
                .param("version", version);
        mvc.perform(stale).andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this entry")))
                .andExpect(content().string(containsString("Riverside Health Centre " + id)));
        assertThat(jdbc.queryForObject("SELECT name FROM directory_premises WHERE id = ?", String.class, premisesId))
                .isEqualTo("Riverside Health Centre " + id);
    }

    @Test
    void unknownPremisesAreNotFound() throws Exception {
        mvc.perform(get("/manage/directory/premises/" + UUID.randomUUID()).with(users.as("staff@trafford.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/manage/directory/premises/" + UUID.randomUUID() + "/edit").with(users.as("staff@trafford.example")))
                .andExpect(status().isNotFound());
    }
}
