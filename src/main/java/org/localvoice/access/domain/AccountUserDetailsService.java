package org.localvoice.access.domain;

import java.time.Clock;
import org.localvoice.access.AccountPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByEmail(Account.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new AccountPrincipal(account.toCurrentUser(), account.getPasswordHash(), account.isEnabled(),
                account.lockedAt(clock.instant()));
    }
}
