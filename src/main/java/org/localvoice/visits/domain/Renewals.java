package org.localvoice.visits.domain;

/** How long a network accepts training and a criminal records check before they must be renewed. */
public record Renewals(int trainingMonths, int checkMonths) {

    public static final Renewals DEFAULT = new Renewals(36, 36);

    public Renewals {
        if (trainingMonths < 1 || checkMonths < 1) {
            throw new IllegalArgumentException("Renewal periods are at least one month");
        }
    }
}
