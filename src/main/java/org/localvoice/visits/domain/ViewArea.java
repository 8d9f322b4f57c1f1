package org.localvoice.visits.domain;

/**
 * Parts of premises a visit plan may name. Some are outside the duty to allow entry (SI 2008/915 reg 3):
 * {@link #exclusion()} gives the paragraph, or null when the area may be viewed.
 */
public enum ViewArea {
    ENTRANCE_AND_RECEPTION(null),
    COMMUNAL_LOUNGES(null),
    DINING_AREAS(null),
    GARDENS_AND_GROUNDS(null),
    CORRIDORS(null),
    ACTIVITY_ROOMS(null),
    WAITING_AREAS(null),
    COMMUNAL_BATHROOMS(null),
    /** Non-communal parts of a care home: residents' own rooms. */
    RESIDENTS_OWN_ROOMS("c"),
    STAFF_ACCOMMODATION("c"),
    /** A person's home held under a tenancy or licence. */
    HOMES_UNDER_TENANCY_OR_LICENCE("c"),
    /** Premises or parts used for children's social care functions. */
    CHILDRENS_SOCIAL_CARE("d"),
    /** Premises or parts used for adoption functions. */
    ADOPTION_SERVICES("e");

    private final String exclusion;

    ViewArea(String exclusion) {
        this.exclusion = exclusion;
    }

    /** The paragraph of reg 3(2) that takes the area outside the duty, or null. */
    public String exclusion() {
        return exclusion;
    }

    public boolean excluded() {
        return exclusion != null;
    }
}
