package org.localvoice.access.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountService implements Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;

    AccountService(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
    }

    @Override
    @Transactional
    public UUID create(NewAccount details) {
        String email = Account.normalise(details.email());
        if (accounts.existsByEmail(email)) {
            throw new IllegalArgumentException("An account already uses " + email);
        }
        boolean needsNetwork = details.roles().stream().anyMatch(Role::networkScoped);
        if (needsNetwork && details.networkId() == null) {
            throw new IllegalArgumentException("Network roles need a network");
        }
        policy.check(details.password()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Account account = new Account(details.networkId(), email, details.displayName(),
                encoder.encode(details.password()), details.roles());
        account.linkOrganisation(details.linkedOrganisation());
        return accounts.save(account).getId();
    }

    @Override
    public Optional<CurrentUser> find(UUID accountId) {
        return accounts.findById(accountId).map(Account::toCurrentUser);
    }

    @Override
    @Transactional
    public void enrolTwoFactor(UUID accountId, String base32Secret) {
        accounts.findById(accountId).orElseThrow().enrolTotp(base32Secret);
    }

    @Override
    public Map<Role, Long> countByRole(UUID networkId) {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Object[] row : accounts.countByRole(networkId)) {
            counts.put((Role) row[0], (Long) row[1]);
        }
        return counts;
    }
}
