package org.localvoice.directory.imports;

import java.util.List;

/** One file layout: whether it has a header, which columns it needs, and how a row maps to the directory. */
interface RowFormat {

    /** Whether the file's first row is a header (decided by looking at it). */
    boolean hasHeader();

    /** Columns that must be in the header; a file without them fails as a whole. */
    default List<String> requiredColumns() {
        return List.of();
    }

    /** The row mapped, or {@link ImportRow#SKIP}; problems go to {@code cells} and fail the row. */
    ImportRow map(Cells cells);
}
