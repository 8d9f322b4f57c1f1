package org.localvoice.access;

/** The roles of the role matrix. The public needs no account and so has no role. */
public enum Role {
    PARTICIPANT(true),
    AUTHORISED_REPRESENTATIVE(true),
    GOVERNING_MEMBER(true),
    HOST_STAFF(true),
    HOST_MANAGER(true),
    SERVICE_RESPONDER(true),
    SCRUTINY_OFFICER(true),
    CONTRACT_MANAGER(true),
    NATIONAL_VIEWER(false),
    PLATFORM_ADMIN(false);

    private final boolean networkScoped;

    Role(boolean networkScoped) {
        this.networkScoped = networkScoped;
    }

    /** Whether an account with this role belongs to one network. */
    public boolean networkScoped() {
        return networkScoped;
    }

    /** Whether signing in with this role requires a second factor. */
    public boolean requiresTwoFactor() {
        return this == HOST_MANAGER || this == PLATFORM_ADMIN;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
