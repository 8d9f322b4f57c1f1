package org.localvoice.membership;

/** The kinds of organisation that take part in a LINk. */
public enum OrganisationKind {
    USER_LED_GROUP, CHARITY, FAITH_GROUP, TENANTS_GROUP, YOUTH_COUNCIL, BME_ORGANISATION, BUSINESS_FEDERATION, OTHER
}
