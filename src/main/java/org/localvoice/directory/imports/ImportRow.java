package org.localvoice.directory.imports;

import java.util.List;

/** What one row of a file yields: providers to upsert and premises to upsert (either may be absent). */
record ImportRow(List<ProviderRow> providers, PremisesRow premises) {

    static final ImportRow SKIP = new ImportRow(List.of(), null);

    static ImportRow of(PremisesRow premises) {
        return new ImportRow(List.of(), premises);
    }

    static ImportRow of(ProviderRow provider, PremisesRow premises) {
        return new ImportRow(List.of(provider), premises);
    }

    boolean skipped() {
        return this == SKIP;
    }
}
