package org.localvoice.governance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.Role;
import org.localvoice.notifications.Mailer;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds a network's host managers by e-mail when a relevant decision's statement is overdue for
 * publication (SI 2008/528 reg 2: decisions are published with their reasons). Each decision's reminder
 * is claimed by inserting its row first, in the transaction that queues the e-mails, so with several
 * nodes, or a run repeated after a restart, it goes once.
 */
@Service
public class PublicationReminders {

    private static final Logger log = LoggerFactory.getLogger(PublicationReminders.class);
    private static final int PAGE = 200;

    private final Networks networks;
    private final DecisionRepository decisions;
    private final Decisions record;
    private final PublicationReminderRepository reminders;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    PublicationReminders(Networks networks, DecisionRepository decisions, Decisions record,
            PublicationReminderRepository reminders, Accounts accounts, Mailer mailer, MessageSource messages,
            TransactionTemplate transactions) {
        this.networks = networks;
        this.decisions = decisions;
        this.record = record;
        this.reminders = reminders;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.transactions = transactions;
    }

    /** Sends every reminder now owed, network by network. Returns how many decisions this call reminded of. */
    public int run() {
        int sent = 0;
        for (NetworkSummary network : networks.all()) {
            sent += TenantContext.runAs(network.id(), () -> runFor(network));
        }
        return sent;
    }

    private int runFor(NetworkSummary network) {
        LocalDate today = record.today();
        List<String> managers = accounts.emailsWithRole(network.id(), Role.HOST_MANAGER);
        List<String> to = managers.isEmpty() && network.contactEmail() != null ? List.of(network.contactEmail()) : managers;
        if (to.isEmpty()) {
            return 0;
        }
        int sent = 0;
        int number = 0;
        Page<Decision> page;
        do {
            int n = number++;
            page = transactions.execute(s -> decisions
                    .findByPublishedAtIsNullAndPublicationDueLessThanOrderByPublicationDueAscCreatedAtAsc(today,
                            PageRequest.of(n, PAGE)));
            for (Decision d : page) {
                if (!reminders.existsByDecisionIdAndKind(d.getId(), PublicationReminder.OVERDUE)
                        && claimAndSend(network, d, to)) {
                    sent++;
                }
            }
        } while (page.hasNext());
        return sent;
    }

    private boolean claimAndSend(NetworkSummary network, Decision d, List<String> to) {
        try {
            transactions.executeWithoutResult(s -> {
                reminders.saveAndFlush(new PublicationReminder(d.getId(), PublicationReminder.OVERDUE, String.join(", ", to)));
                String subject = text("governance.reminder.overdue.subject", d.getReference(), network.name());
                String body = text("governance.reminder.overdue.body", d.getReference(), d.getSummary(),
                        d.getDecidedOn().toString(), d.getPublicationDue().toString(), "/manage/decisions/" + d.getId());
                to.forEach(e -> mailer.send(network.id(), e, subject, body));
            });
            return true;
        } catch (DataAccessException e) {
            log.debug("Publication reminder of decision {} already sent by another node", d.getId());
            return false;
        }
    }

    /** Whether the host managers were reminded that this decision's statement is overdue. */
    public boolean reminded(UUID decisionId) {
        return reminders.existsByDecisionIdAndKind(decisionId, PublicationReminder.OVERDUE);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
