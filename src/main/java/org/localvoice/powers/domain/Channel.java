package org.localvoice.powers.domain;

/** How a request, report or answer was sent or received. */
public enum Channel {
    EMAIL, POST, HAND, PORTAL
}
