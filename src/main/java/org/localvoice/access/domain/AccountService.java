package org.localvoice.access.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountService implements Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    @PersistenceContext
    private EntityManager em;

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

    private static final String OWN_NETWORK_MANAGER =
            "hasRole('HOST_MANAGER') and principal instanceof T(org.localvoice.access.AccountPrincipal) "
                    + "and #networkId == principal.user().networkId()";

    @Override
    @PreAuthorize(OWN_NETWORK_MANAGER)
    public Page<AccountDetails> inNetwork(UUID networkId, Pageable pageable) {
        return accounts.findByNetworkId(networkId, pageable).map(AccountService::details);
    }

    @Override
    @PreAuthorize(OWN_NETWORK_MANAGER)
    public Optional<AccountDetails> details(UUID networkId, UUID accountId) {
        return accounts.findByIdAndNetworkId(accountId, networkId).map(AccountService::details);
    }

    @Override
    public Optional<AccountDetails> detailsByEmail(UUID networkId, String email) {
        return accounts.findByEmail(Account.normalise(email)).filter(a -> networkId.equals(a.getNetworkId()))
                .map(AccountService::details);
    }

    @Override
    @Transactional
    @PreAuthorize(OWN_NETWORK_MANAGER)
    public boolean setEnabled(UUID networkId, UUID accountId, boolean enabled) {
        return accounts.findByIdAndNetworkId(accountId, networkId).map(account -> {
            if (enabled) {
                account.enable();
            } else {
                account.disable();
            }
            return true;
        }).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> emailsWithRole(UUID networkId, Role role) {
        return accounts.enabledEmailsWithRole(networkId, role, org.springframework.data.domain.PageRequest.of(0, 50));
    }

    @Override
    public boolean emailInUse(String email) {
        return email != null && accounts.existsByEmail(Account.normalise(email));
    }

    @Override
    public Optional<String> passwordProblem(String password) {
        return policy.check(password);
    }

    @Override
    @PreAuthorize("hasAnyRole('NATIONAL_VIEWER', 'PLATFORM_ADMIN')")
    public Map<UUID, Map<Role, Long>> countByNetworkAndRole() {
        Map<UUID, Map<Role, Long>> counts = new HashMap<>();
        em.createQuery("select a.networkId, r, count(a) from Account a join a.roles r where a.networkId is not null "
                        + "group by a.networkId, r", Object[].class)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((UUID) row[0], n -> new EnumMap<>(Role.class))
                        .put((Role) row[1], (Long) row[2]));
        return counts;
    }

    private static AccountDetails details(Account a) {
        return new AccountDetails(a.getId(), a.getNetworkId(), a.getEmail(), a.getDisplayName(), a.getRoles(),
                a.getLinkedOrganisation(), a.isEnabled(), a.getLastSignInAt(), a.getCreatedAt());
    }
}
