package org.localvoice.directory.imports;

import java.util.List;
import java.util.regex.Pattern;
import org.localvoice.directory.ProviderKind;
import org.localvoice.directory.imports.Cells.Column;

/** ONS names and codes of integrated care boards (ICB24CD, ICB24CDH, ICB24NM): commissioners. */
final class IcbFormat implements RowFormat {

    private static final Pattern GSS = Pattern.compile("^E[0-9]{8}$");
    private static final Column GSS_CODE = Column.named("ICB24CD");
    private static final Column ODS_CODE = Column.named("ICB24CDH");
    private static final Column NAME = Column.named("ICB24NM");

    @Override
    public boolean hasHeader() {
        return true;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(GSS_CODE.header(), ODS_CODE.header(), NAME.header());
    }

    @Override
    public ImportRow map(Cells c) {
        String gss = c.id(GSS_CODE, GSS, true);
        String ods = c.id(ODS_CODE, OdsColumns.ODS_CODE, true);
        String name = c.required(NAME, 200);
        if (!c.ok()) {
            return null;
        }
        return new ImportRow(List.of(new ProviderRow(ProviderKind.PCT_ICB, name, null, ods, gss, true, null, null, null,
                null)), null);
    }
}
