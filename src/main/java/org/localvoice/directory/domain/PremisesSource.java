package org.localvoice.directory.domain;

/** Where a directory entry came from. */
public enum PremisesSource {
    CQC, ODS, LOCAL, MANUAL
}
