package org.localvoice.directory.imports;

import java.time.LocalDate;
import org.localvoice.directory.ProviderKind;
import org.localvoice.directory.domain.SearchText;

/** A provider as a file describes it. Keyed by CQC provider id, else ODS code, else GSS code, else name. */
record ProviderRow(ProviderKind kind, String name, String cqcProviderId, String odsCode, String gssCode,
        boolean commissioner, String address, String postcode, String phone, LocalDate closedOn) {

    static ProviderRow named(ProviderKind kind, String name, String cqcProviderId, String odsCode) {
        return new ProviderRow(kind, name, cqcProviderId, odsCode, null, false, null, null, null, null);
    }

    String key() {
        if (cqcProviderId != null) {
            return "cqc:" + cqcProviderId;
        }
        if (odsCode != null) {
            return "ods:" + odsCode;
        }
        if (gssCode != null) {
            return "gss:" + gssCode;
        }
        return "name:" + searchName();
    }

    String searchName() {
        return SearchText.searchName(name, 200);
    }

    /** Whether the row carries the provider's own record (not just a name on a premises row). */
    boolean authoritative() {
        return address != null || commissioner || closedOn != null;
    }
}
