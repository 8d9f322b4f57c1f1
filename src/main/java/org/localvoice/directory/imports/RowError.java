package org.localvoice.directory.imports;

/** A problem with one row of an import: the file's row number, the column, a message code and the value. */
public record RowError(long rowNumber, String column, String code, String value) {
}
