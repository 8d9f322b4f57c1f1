package org.localvoice.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LocalNotesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    UUID altrinchamMedicalPractice() {
        return jdbc.queryForObject("SELECT id FROM directory_premises WHERE ods_code = 'P91004'", UUID.class);
    }

    UUID addNote(UUID premises, String text) throws Exception {
        mvc.perform(post("/manage/directory/premises/" + premises + "/notes").with(csrf()).with(users.as("staff@trafford.example"))
                        .param("note", text).param("links", "https://example.org/visit-report\n"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM directory_local_note WHERE note = ?", UUID.class, text);
    }

    @Test
    void aNetworksNoteIsShownToItAndNeverToAnotherNetwork() throws Exception {
        UUID premises = altrinchamMedicalPractice();
        String text = "Practice manager prefers visits on Tuesdays " + UUID.randomUUID();
        UUID note = addNote(premises, text);

        mvc.perform(get("/manage/directory/premises/" + premises).with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(text)))
                .andExpect(content().string(containsString("https://example.org/visit-report")));
        mvc.perform(get("/manage/directory/premises/" + premises).with(users.as("staff@barnet.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(text))));
        String edit = "/manage/directory/premises/" + premises + "/notes/" + note + "/edit";
        mvc.perform(get(edit).with(users.as("staff@barnet.example"))).andExpect(status().isNotFound());
        mvc.perform(post(edit).with(csrf()).with(users.as("staff@barnet.example")).param("note", "taken over").param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT note FROM directory_local_note WHERE id = ?", String.class, note)).isEqualTo(text);
    }

    @Test
    void editingANoteChecksItsFieldsAndItsVersion() throws Exception {
        UUID premises = altrinchamMedicalPractice();
        UUID note = addNote(premises, "Ramp at the side entrance " + UUID.randomUUID());
        String edit = "/manage/directory/premises/" + premises + "/notes/" + note + "/edit";

        mvc.perform(post(edit).with(csrf()).with(users.as("staff@trafford.example")).param("note", " ").param("links", "ftp://x")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a note")))
                .andExpect(content().string(containsString("Enter each link as a web address")));
        mvc.perform(post(edit).with(csrf()).with(users.as("manager@trafford.example")).param("note", "Ramp fixed")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(edit).with(csrf()).with(users.as("staff@trafford.example")).param("note", "Ramp broken again")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this note")));
        assertThat(jdbc.queryForObject("SELECT note FROM directory_local_note WHERE id = ?", String.class, note))
                .isEqualTo("Ramp fixed");
    }

    @Test
    void anEmptyNoteIsNotAdded() throws Exception {
        UUID premises = altrinchamMedicalPractice();
        mvc.perform(post("/manage/directory/premises/" + premises + "/notes").with(csrf()).with(users.as("staff@trafford.example"))
                        .param("note", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a note")))
                .andExpect(content().string(containsString("govuk-error-summary")));
    }
}
