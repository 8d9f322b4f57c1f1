package org.localvoice.visits.domain;

/** The level of a criminal records certificate. */
public enum CheckType {
    BASIC, STANDARD, ENHANCED
}
