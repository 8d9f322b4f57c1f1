package org.localvoice.directory;

/** What kind of organisation provides or commissions care. */
public enum ProviderKind {
    NHS_TRUST, FOUNDATION_TRUST, PCT_ICB, LOCAL_AUTHORITY, GP_PRACTICE, DENTAL, PHARMACY, INDEPENDENT,
    SOCIAL_ENTERPRISE, CHARITY
}
