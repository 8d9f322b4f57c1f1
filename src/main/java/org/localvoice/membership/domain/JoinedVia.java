package org.localvoice.membership.domain;

/** How a participant came to the network: they applied online, or staff added them. */
public enum JoinedVia {
    ONLINE, STAFF
}
