package org.localvoice.directory.imports;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.localvoice.directory.imports.Cells.Column;

/**
 * The columns every NHS ODS standard file (epraccur, etr, ...) shares: organisation code, name, five
 * address lines, postcode, close date and telephone, at fixed positions in the raw file (no header) or by
 * name in an extract with a header.
 */
record OdsColumns(Column code, Column name, Column[] address, Column postcode, Column closeDate, Column phone) {

    static final Pattern ODS_CODE = Pattern.compile("^[A-Z0-9]{3,10}$");
    static final DateTimeFormatter ODS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    static OdsColumns of(boolean header) {
        if (header) {
            return new OdsColumns(Column.named("organisation_code"), Column.named("name"),
                    new Column[] {Column.named("address_line_1"), Column.named("address_line_2"),
                            Column.named("address_line_3"), Column.named("address_line_4"), Column.named("address_line_5")},
                    Column.named("postcode"), Column.named("close_date"), Column.named("contact_telephone_number"));
        }
        return new OdsColumns(Column.at(1, "1 (organisation code)"), Column.at(2, "2 (name)"),
                new Column[] {Column.at(5, "5 (address line 1)"), Column.at(6, "6 (address line 2)"),
                        Column.at(7, "7 (address line 3)"), Column.at(8, "8 (address line 4)"), Column.at(9, "9 (address line 5)")},
                Column.at(10, "10 (postcode)"), Column.at(12, "12 (close date)"), Column.at(18, "18 (telephone)"));
    }

    /** The columns an extract with a header must have. */
    static List<String> requiredColumns(boolean header) {
        return header ? List.of("organisation_code", "name", "postcode") : List.of();
    }

    /** The five address lines joined as one address. */
    String address(Cells c) {
        return Names.address(c.raw(address[0]), c.raw(address[1]), c.raw(address[2]), c.raw(address[3]), c.raw(address[4]));
    }
}
