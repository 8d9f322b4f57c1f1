package org.localvoice.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.localvoice.visits.domain.Exclusions;
import org.localvoice.visits.domain.ViewArea;

class ExclusionsTests {

    @Test
    void communalAreasAreAllowedWhenCareIsProvided() {
        assertThat(Exclusions.refused(List.of(ViewArea.COMMUNAL_LOUNGES, ViewArea.DINING_AREAS, ViewArea.GARDENS_AND_GROUNDS), true)).isEmpty();
    }

    @Test
    void everyExcludedAreaIsRefusedWithItsParagraphOfRegulation3() {
        List<ViewArea> excluded = EnumSet.allOf(ViewArea.class).stream().filter(ViewArea::excluded).toList();

        List<Exclusions.Finding> found = Exclusions.refused(excluded, true);

        assertThat(found).extracting(Exclusions.Finding::subject).containsExactly(
                "visits.area.RESIDENTS_OWN_ROOMS", "visits.area.STAFF_ACCOMMODATION", "visits.area.HOMES_UNDER_TENANCY_OR_LICENCE",
                "visits.area.CHILDRENS_SOCIAL_CARE", "visits.area.ADOPTION_SERVICES");
        assertThat(found).extracting(Exclusions.Finding::paragraph).containsExactly("c", "c", "c", "d", "e");
    }

    @Test
    void aVisitWhenNoCareIsProvidedIsRefusedUnderParagraphF() {
        assertThat(Exclusions.refused(List.of(ViewArea.CORRIDORS), false))
                .containsExactly(new Exclusions.Finding("visits.exclusion.noCare", null, "f"));
    }

    @ParameterizedTest
    @CsvSource({"Mrs Green's bedroom, c", "Residents' own rooms on floor 2, c", "The staff flats, c", "Supported living flats, c",
            "The children's home annexe, d", "Adoption team office, e"})
    void typedAreasThatSoundExcludedAreWarnedAbout(String typed, String paragraph) {
        assertThat(Exclusions.warnings(typed)).extracting(Exclusions.Finding::paragraph).containsExactly(paragraph);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hairdressing salon", "Conservatory", "The quiet lounge\nThe chapel"})
    void typedCommunalAreasPassQuietly(String typed) {
        assertThat(Exclusions.warnings(typed)).isEmpty();
    }
}
