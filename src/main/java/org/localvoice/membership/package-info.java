/**
 * Membership: the participants of a network (people and organisations, an organisation's
 * representatives), how they join (online or added by staff) and the network's decisions on their
 * membership, their contact preferences, accessible formats, interests, availability and volunteer
 * roles, their consent records and data-protection requests (subject access, erasure, retention), and
 * voluntary equality monitoring kept apart from the person. Public face:
 * {@link org.localvoice.membership.Participants}, its records and the event
 * {@link org.localvoice.membership.ParticipantJoined}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership",
        allowedDependencies = {"shared", "tenancy", "access", "audit", "calendar", "administration"})
package org.localvoice.membership;
