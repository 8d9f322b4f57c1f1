package org.localvoice.directory.domain;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, prefix {@code LIKE 'abc%'} uses a b-tree index only under the C collation or with
 * {@code text_pattern_ops}; this migration adds such indexes for the name-word and postcode searches. H2
 * uses the ordinary indexes of V2026_11_25_0800 for prefix LIKE, so there it does nothing. (A Java
 * migration, registered as a bean, because the SQL of each migration must run unchanged on both databases.)
 */
@Component
class V2026_11_25_0801__PostgresPrefixIndexes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (!"PostgreSQL".equalsIgnoreCase(product)) {
            return;
        }
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("CREATE INDEX directory_premises_word_prefix_idx ON directory_premises_word (word text_pattern_ops)");
            s.execute("CREATE INDEX directory_premises_postcode_prefix_idx ON directory_premises (postcode text_pattern_ops)");
            s.execute("CREATE INDEX directory_premises_name_prefix_idx ON directory_premises (search_name text_pattern_ops)");
        }
    }
}
