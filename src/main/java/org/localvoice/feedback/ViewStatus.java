package org.localvoice.feedback;

/** Where a view is in moderation. */
public enum ViewStatus {
    /** Given or recorded, not yet moderated. */
    AWAITING_MODERATION,
    /** Put aside by a moderator, for example to check something first. */
    HELD,
    /** Moderated and shown to the public, anonymised. */
    PUBLISHED,
    /** Moderated and kept as evidence only: the person did not agree to publication. */
    ACCEPTED,
    /** Not used, with a reason (told to the person when they can be contacted). */
    REJECTED
}
