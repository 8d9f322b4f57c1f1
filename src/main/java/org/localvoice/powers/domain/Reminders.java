package org.localvoice.powers.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.localvoice.calendar.Duty;
import org.localvoice.notifications.Mailer;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders of statutory deadlines by e-mail to the responsible staff member and the recipient's
 * contact: before the due date, on it, and an escalation once overdue. Each (clock, kind) is claimed by
 * inserting its reminder row first, in the transaction that queues the e-mail, so with several nodes
 * (or a run repeated after a restart) every reminder is sent once.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final int PAGE = 200;

    private final Networks networks;
    private final Clocks clocks;
    private final CaseLookup cases;
    private final ReminderRepository reminders;
    private final Mailer mailer;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final int daysBefore;

    Reminders(Networks networks, Clocks clocks, CaseLookup cases, ReminderRepository reminders, Mailer mailer,
            MessageSource messages, TransactionTemplate transactions,
            @Value("${localvoice.powers.remind-days-before:5}") int daysBefore) {
        this.networks = networks;
        this.clocks = clocks;
        this.cases = cases;
        this.reminders = reminders;
        this.mailer = mailer;
        this.messages = messages;
        this.transactions = transactions;
        this.daysBefore = daysBefore;
    }

    /** Which reminder a running clock is owed today, if any: only the latest stage, never a backlog. */
    static Optional<Reminder.Kind> due(LocalDate dueOn, LocalDate today, int daysBefore) {
        if (today.isAfter(dueOn)) {
            return Optional.of(Reminder.Kind.OVERDUE);
        }
        if (today.isEqual(dueOn)) {
            return Optional.of(Reminder.Kind.DUE);
        }
        return today.isBefore(dueOn.minusDays(daysBefore)) ? Optional.empty() : Optional.of(Reminder.Kind.BEFORE);
    }

    /** Sends every reminder now owed, network by network. Returns how many this call sent. */
    public int run() {
        int sent = 0;
        for (NetworkSummary network : networks.all()) {
            sent += TenantContext.runAs(network.id(), () -> runFor(network));
        }
        return sent;
    }

    private int runFor(NetworkSummary network) {
        int sent = 0;
        LocalDate today = clocks.today();
        Page<CaseClock> page;
        int number = 0;
        do {
            page = clocksDueBy(today.plusDays(daysBefore), number++);
            for (CaseClock clock : page) {
                Optional<Reminder.Kind> kind = due(clock.getDueOn(), today, daysBefore);
                if (kind.isPresent() && !reminders.existsByClockIdAndKind(clock.getId(), kind.get())
                        && claimAndSend(network, clock, kind.get())) {
                    sent++;
                }
            }
        } while (page.hasNext());
        return sent;
    }

    private Page<CaseClock> clocksDueBy(LocalDate until, int number) {
        return transactions.execute(s -> clocks.runningDueBy(until, PageRequest.of(number, PAGE)));
    }

    private boolean claimAndSend(NetworkSummary network, CaseClock clock, Reminder.Kind kind) {
        Set<String> to = new LinkedHashSet<>();
        cases.find(clock.getCaseKind(), clock.getCaseId()).map(CaseLookup.CaseInfo::responsibleEmail)
                .filter(e -> e != null && !e.isBlank()).ifPresent(to::add);
        if (clock.getPartyEmail() != null && !clock.getPartyEmail().isBlank()
                && clock.getDuty() != Duty.OSC_KEEP_INFORMED_REMINDER) {
            to.add(clock.getPartyEmail());
        }
        if (to.isEmpty()) {
            to.add(network.contactEmail());
        }
        String reference = cases.find(clock.getCaseKind(), clock.getCaseId()).map(CaseLookup.CaseInfo::reference)
                .orElse("");
        try {
            transactions.executeWithoutResult(s -> {
                reminders.saveAndFlush(new Reminder(clock.getId(), kind, String.join(", ", to)));
                String subject = text("powers.reminder.subject." + kind, reference, network.name());
                String body = text("powers.reminder.body." + kind, reference, clock.getPartyName(),
                        clock.getDueOn().toString(), clock.getExplanation());
                to.stream().filter(e -> e != null && !e.isBlank()).forEach(e -> mailer.send(network.id(), e, subject, body));
            });
            return true;
        } catch (DataAccessException e) {
            log.debug("Reminder {} of clock {} already sent by another node", kind, clock.getId());
            return false;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    /** For tests and the dashboard: whether a reminder of this kind was sent for a clock. */
    public boolean sent(UUID clockId, Reminder.Kind kind) {
        return reminders.existsByClockIdAndKind(clockId, kind);
    }
}
