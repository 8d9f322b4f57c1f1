package org.localvoice.feedback.domain;

/** How exactly the person said when it happened: a day, or only a month (stored as its first day). */
public enum WhenPrecision {
    DAY, MONTH
}
