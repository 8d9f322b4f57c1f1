package org.localvoice.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person as other modules may see them. Kept in the database-backed session, so serializable. */
public record CurrentUser(UUID accountId, UUID networkId, String email, String displayName, Set<Role> roles)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The signed-in user of this thread, if any. */
    public static Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal && principal.fullyAuthenticated(auth)) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }
}
