package org.localvoice.directory.imports;

public enum ImportStatus {
    QUEUED, RUNNING, SUCCEEDED, COMPLETED_WITH_ERRORS, FAILED;

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
