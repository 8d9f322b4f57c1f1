package org.localvoice.access.domain;

import java.util.Set;
import java.util.UUID;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's own name and language, changed by themselves. */
@Service
@Transactional(readOnly = true)
public class Profiles {

    public static final Set<String> LANGUAGES = Set.of("en", "ur");

    private final AccountRepository accounts;

    Profiles(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account as its owner sees it. */
    public record Profile(UUID id, UUID networkId, String email, String displayName, Set<org.localvoice.access.Role> roles,
            String preferredLanguage, boolean twoFactor, long version) {
    }

    public Profile get(UUID accountId) {
        return toProfile(accounts.findById(accountId).orElseThrow());
    }

    /** Changes name and language; fails with an optimistic-locking error when {@code version} is stale. */
    @Transactional
    public Profile update(UUID accountId, String displayName, String preferredLanguage, long version) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Account.class, accountId);
        }
        account.rename(displayName.strip());
        account.preferLanguage(preferredLanguage);
        accounts.flush();
        return toProfile(account);
    }

    private static Profile toProfile(Account a) {
        return new Profile(a.getId(), a.getNetworkId(), a.getEmail(), a.getDisplayName(), a.getRoles(),
                a.getPreferredLanguage(), a.hasTotp(), a.getVersion());
    }
}
