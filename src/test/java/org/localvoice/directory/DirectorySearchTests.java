package org.localvoice.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/** Searches over the demo directory (Trafford GP practices, care homes, pharmacies, NHS trusts). */
@IntegrationTest
class DirectorySearchTests {

    private static final String TRAFFORD = "E08000009";

    @Autowired
    Directory directory;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    private List<String> names(DirectorySearch search) {
        return directory.search(search, PageRequest.of(0, 100)).map(PremisesSummary::name).getContent();
    }

    @Test
    void nameMatchesTheStartOfAnyWordIgnoringCase() {
        assertThat(names(new DirectorySearch("altrincham med", null, null, null, null)))
                .contains("Altrincham Medical Practice");
        assertThat(names(new DirectorySearch("MEDICAL altr", null, null, null, null)))
                .contains("Altrincham Medical Practice");
        assertThat(names(new DirectorySearch("trincham", null, null, null, null))).isEmpty();
    }

    @Test
    void postcodeMatchesAFullPostcodeASectorOrADistrict() {
        assertThat(names(new DirectorySearch(null, "wa142dd", null, null, null))).contains("Altrincham Medical Practice")
                .allSatisfy(n -> assertThat(n).isNotEqualTo("Park Medical Practice"));
        assertThat(names(new DirectorySearch(null, "WA14 2", null, null, null))).contains("Altrincham Medical Practice");
        List<PremisesSummary> district = directory.search(new DirectorySearch(null, "WA14", null, null, null),
                PageRequest.of(0, 100)).getContent();
        assertThat(district).isNotEmpty().allSatisfy(p -> assertThat(p.postcode()).startsWith("WA14 "));
    }

    @Test
    void typeAndLocalAuthorityFilter() {
        List<PremisesSummary> pharmacies = directory.search(new DirectorySearch(null, null, ServiceType.PHARMACY, TRAFFORD, null),
                PageRequest.of(0, 100)).getContent();
        assertThat(pharmacies).hasSizeGreaterThan(40)
                .allSatisfy(p -> {
                    assertThat(p.serviceTypes()).contains(ServiceType.PHARMACY);
                    assertThat(p.localAuthorityCode()).isEqualTo(TRAFFORD);
                });
        assertThat(directory.search(new DirectorySearch(null, null, ServiceType.NURSING_HOME, TRAFFORD, null),
                PageRequest.of(0, 100)).getContent()).allSatisfy(p -> assertThat(p.careHome()).isTrue()).isNotEmpty();
    }

    @Test
    void closedPremisesAreNotFound() {
        // Trusts with a close date in the etr file are imported but closed.
        assertThat(names(new DirectorySearch("trust", null, ServiceType.TRUST_HEADQUARTERS, null, null))).isNotEmpty();
        assertThat(directory.search(new DirectorySearch(null, null, ServiceType.TRUST_HEADQUARTERS, null, null),
                PageRequest.of(0, 1)).getTotalElements()).isLessThan(273);
    }

    @Test
    void preferredAuthorityComesFirst() {
        List<PremisesSummary> results = directory.search(new DirectorySearch(null, null, null, null, TRAFFORD),
                PageRequest.of(0, 25)).getContent();
        assertThat(results).first().extracting(PremisesSummary::localAuthorityCode).isEqualTo(TRAFFORD);
    }

    @Test
    void staffSearchPageListsMatchesWithTheirCouncil() throws Exception {
        mvc.perform(get("/manage/directory").param("q", "altrincham medical").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Altrincham Medical Practice")))
                .andExpect(content().string(containsString("Trafford")));
    }

    @Test
    void staffSearchWithAMalformedPostcodeSaysSo() throws Exception {
        mvc.perform(get("/manage/directory").param("postcode", "not a postcode").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("postcode-error")));
    }

    @Test
    void participantsCannotUseTheStaffDirectory() throws Exception {
        mvc.perform(get("/manage/directory").with(users.as("participant@trafford.example"))).andExpect(status().isForbidden());
    }

    @Test
    void publicServicesPageListsOnlyTheNetworksArea() throws Exception {
        mvc.perform(get("/n/trafford/services").param("q", "altrincham"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Altrincham Medical Practice")));
        mvc.perform(get("/n/barnet/services").param("q", "altrincham"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Altrincham Medical Practice"))));
        mvc.perform(get("/n/nowhere/services")).andExpect(status().isNotFound());
    }

    @Test
    void apiSearchesAndReadsPremises() throws Exception {
        mvc.perform(get("/api/v1/public/directory/premises").param("q", "altrincham medical").param("type", "gp"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Altrincham Medical Practice"))
                .andExpect(jsonPath("$.items[0].odsCode").value("P91004"))
                .andExpect(jsonPath("$.totalItems").value(1));
        var id = directory.search(new DirectorySearch(null, "WA14 2DD", null, null, null), PageRequest.of(0, 1))
                .getContent().get(0).id();
        mvc.perform(get("/api/v1/public/directory/premises/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.postcode").value("WA14 2DD"))
                .andExpect(jsonPath("$.localAuthorityCode").value(TRAFFORD));
    }

    @Test
    void apiAnswersBadInputWithProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/public/directory/premises").param("type", "castle"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Invalid service type"));
        mvc.perform(get("/api/v1/public/directory/premises").param("postcode", "123"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/directory/premises").param("page", "-1"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/public/directory/premises/00000000-0000-7000-8000-000000000000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/public/directory/premises/not-a-uuid"))
                .andExpect(status().isBadRequest());
    }
}
