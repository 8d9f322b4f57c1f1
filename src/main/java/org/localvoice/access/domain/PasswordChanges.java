package org.localvoice.access.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.notifications.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person changes their own password, proving they know the current one. */
@Service
public class PasswordChanges {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Mailer mailer;
    private final MessageSource messages;

    PasswordChanges(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, Mailer mailer,
            MessageSource messages) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.mailer = mailer;
        this.messages = messages;
    }

    /** Changes the password, or says what is wrong (field {@code currentPassword} or {@code password}). */
    @Transactional
    public Optional<PasswordProblem> change(UUID accountId, String currentPassword, String newPassword, Locale locale) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            return Optional.of(new PasswordProblem("currentPassword", "password.currentWrong"));
        }
        Optional<PasswordProblem> problem = policy.check(newPassword).map(key -> new PasswordProblem("password", key));
        if (problem.isPresent()) {
            return problem;
        }
        account.changePassword(encoder.encode(newPassword));
        tellOwner(account, locale, mailer, messages);
        return Optional.empty();
    }

    /** Lets the owner know, so that a change they did not make does not go unnoticed. */
    static void tellOwner(Account account, Locale locale, Mailer mailer, MessageSource messages) {
        mailer.send(account.getNetworkId(), account.getEmail(),
                messages.getMessage("mail.passwordChanged.subject", null, locale),
                messages.getMessage("mail.passwordChanged.body", new Object[] {account.getDisplayName()}, locale));
    }
}
