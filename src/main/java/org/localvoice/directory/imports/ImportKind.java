package org.localvoice.directory.imports;

import java.util.Locale;
import java.util.Optional;

/** The file layouts the directory imports. */
public enum ImportKind {
    /** CQC care directory CSV (one row per location, CQC's header). */
    CQC,
    /** NHS ODS epraccur: GP practices (raw, no header; or with the header of the derived extract). */
    EPRACCUR,
    /** NHS ODS etr: NHS trusts (raw, no header; or with a header). */
    ETR,
    /** ONS ICB names and codes: integrated care boards (commissioners). */
    ICB,
    /** Local Voice's own directory layout, for lists kept by a network or a council. */
    LOCAL;

    public static Optional<ImportKind> fromArgument(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
