package org.localvoice.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.localvoice.directory.domain.LocalAuthorityNames;
import org.localvoice.directory.domain.Postcodes;
import org.localvoice.directory.domain.SearchText;

class DirectoryUnitTests {

    @Test
    void postcodesAreNormalisedAndValidated() {
        assertThat(Postcodes.normalise(" m33  7zf ")).contains("M33 7ZF");
        assertThat(Postcodes.normalise("EC1A1BB")).contains("EC1A 1BB");
        assertThat(Postcodes.normalise("M33 7Z")).isEmpty();
        assertThat(Postcodes.normalise("33 7ZF")).isEmpty();
        assertThat(Postcodes.district("WA14 2DD")).isEqualTo("WA14");
    }

    @Test
    void postcodeSearchTermsAreFullSectorOrDistrict() {
        assertThat(Postcodes.searchTerm("m337zf")).contains(new Postcodes.Full("M33 7ZF"));
        assertThat(Postcodes.searchTerm("m33 7")).contains(new Postcodes.Sector("M33 7"));
        assertThat(Postcodes.searchTerm("m33")).contains(new Postcodes.District("M33"));
        assertThat(Postcodes.searchTerm("M3")).contains(new Postcodes.District("M3"));
        assertThat(Postcodes.searchTerm("hello")).isEmpty();
    }

    @Test
    void namesAreSearchedByLowerCaseWordsWithoutAccentsOrApostrophes() {
        assertThat(SearchText.normalise("St John's Court – Café")).isEqualTo("st johns court cafe");
        assertThat(SearchText.words("Royal Oak (Care) Home", "The Oak")).containsExactly("royal", "oak", "care", "home", "the");
        assertThat(SearchText.queryWords("a bb ccc dddd eeeee ffffff")).hasSize(SearchText.MAX_QUERY_WORDS).first()
                .isEqualTo("ffffff");
    }

    @Test
    void cqcSpellingsOfCouncilsMatchTheirGssCodes() {
        LocalAuthorityNames names = LocalAuthorityNames.load();
        assertThat(names.resolve("Barking & Dagenham")).containsExactly("E09000002");
        assertThat(names.resolve("Bath & N E Somerset")).containsExactly("E06000022");
        assertThat(names.resolve("Corporation of London")).containsExactly("E09000001");
        assertThat(names.resolve("Kingston-upon-Thames")).containsExactly("E09000021");
        assertThat(names.resolve("Bournemouth")).containsExactly("E06000058");
        assertThat(names.resolve("Northamptonshire")).hasSize(2);
        assertThat(names.resolve("Atlantis")).isEmpty();
    }

    @Test
    void cqcServiceTypeLabelsAndCodesAreRecognised() {
        assertThat(ServiceType.fromLabel("Doctors/GPs")).contains(ServiceType.GP);
        assertThat(ServiceType.fromLabel("nursing_home")).contains(ServiceType.NURSING_HOME);
        assertThat(ServiceType.fromLabel("Castles")).isEmpty();
    }
}
