/**
 * Membership: the participants of a network (people and organisations, an organisation's
 * representatives), how they join (online or added by staff) and the network's decisions on their
 * membership, their contact preferences, accessible formats, interests, availability and volunteer
 * roles, their consent records and data-protection requests (subject access, erasure, retention), and
 * voluntary equality monitoring kept apart from the person. Public face:
 * {@link org.localvoice.membership.Participants}, its records and the events
 * {@link org.localvoice.membership.ParticipantJoined}, {@link org.localvoice.membership.ParticipantLeft} and
 * {@link org.localvoice.membership.ParticipantErased}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership",
        allowedDependencies = {"shared", "tenancy", "access", "audit", "calendar", "administration"})
package org.localvoice.membership;
