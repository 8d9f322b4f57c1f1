package org.localvoice.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTests {

    @Test
    void upperCaseOdsNamesAreShownInTitleCase() {
        assertThat(Names.title("THE DENSHAM SURGERY")).isEqualTo("The Densham Surgery");
        assertThat(Names.title("MANCHESTER UNIVERSITY NHS FOUNDATION TRUST")).isEqualTo("Manchester University NHS Foundation Trust");
        assertThat(Names.title("SHAY LANE MEDICAL CENTRE (KELMAN)")).isEqualTo("Shay Lane Medical Centre (Kelman)");
        assertThat(Names.title("Already Mixed Case")).isEqualTo("Already Mixed Case");
        assertThat(Names.address("1 HIGH ST", null, "", "SALE")).isEqualTo("1 High St, Sale");
    }
}
