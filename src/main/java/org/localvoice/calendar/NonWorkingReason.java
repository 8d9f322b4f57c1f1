package org.localvoice.calendar;

/** Why a day is not a working day. */
public enum NonWorkingReason {
    SATURDAY,
    SUNDAY,
    CHRISTMAS_DAY,
    GOOD_FRIDAY,
    /** A bank holiday in England and Wales (its title says which). */
    BANK_HOLIDAY;

    public boolean weekend() {
        return this == SATURDAY || this == SUNDAY;
    }
}
