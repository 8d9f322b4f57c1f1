package org.localvoice.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal held in the (shared, database-backed) session. */
public final class AccountPrincipal implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    /** Held by a session that has passed the password but still owes a second factor. */
    public static final String SECOND_FACTOR_PENDING = "SECOND_FACTOR_PENDING";

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    public AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    public CurrentUser user() {
        return user;
    }

    /** True when the authentication carries the user's roles rather than the pending second-factor marker. */
    public boolean fullyAuthenticated(Authentication auth) {
        return auth.getAuthorities().stream().noneMatch(a -> SECOND_FACTOR_PENDING.equals(a.getAuthority()));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    public List<GrantedAuthority> pendingAuthorities() {
        return List.of(new SimpleGrantedAuthority(SECOND_FACTOR_PENDING));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
