package org.localvoice.feedback.domain;

/** How a person who may be contacted prefers to be. */
public enum ContactBy {
    EMAIL, PHONE
}
