package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.localvoice.calendar.Deadline;
import org.localvoice.directory.Directory;
import org.localvoice.directory.ProviderSummary;
import org.localvoice.notifications.Mailer;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters to the provider in control of the premises, sent by e-mail through the outbox: the notice of an
 * announced visit, and the draft report with the date factual-accuracy comments are due. Each is recorded
 * on the visit's timeline of letters, in the same transaction as the message is queued. Letters are written
 * in English, the language of the provider's statutory correspondence.
 */
@Service
public class ProviderLetters {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final Locale LETTERS = Locale.UK;

    private final VisitPlanning planning;
    private final VisitReports reports;
    private final Mailer mailer;
    private final Directory directory;
    private final Networks networks;
    private final MessageSource messages;
    private final Today today;

    ProviderLetters(VisitPlanning planning, VisitReports reports, Mailer mailer, Directory directory, Networks networks,
            MessageSource messages, Today today) {
        this.planning = planning;
        this.reports = reports;
        this.mailer = mailer;
        this.directory = directory;
        this.networks = networks;
        this.messages = messages;
        this.today = today;
    }

    /** Whether an address looks like an e-mail address we can send to. */
    public static boolean validAddress(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email.trim()).matches();
    }

    /** The contact e-mail address the directory records for the provider in control of the premises. */
    @Transactional(readOnly = true)
    public Optional<String> providerEmail(Visit v) {
        return v.getControllerId() == null ? Optional.empty()
                : directory.provider(v.getControllerId()).map(ProviderSummary::email).filter(ProviderLetters::validAddress);
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void emailNotice(UUID id, long version, String to) {
        String address = checked(to);
        Visit v = planning.noticeSent(id, version, today.date(), VisitLetter.Channel.EMAIL, address);
        NetworkSummary network = network();
        mailer.send(network.id(), address, msg("visits.letter.notice.subject", v.getPremisesName(), v.getVisitOn().format(DAY)),
                noticeText(v, network));
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public Deadline emailDraft(UUID id, long version, String to) {
        String address = checked(to);
        Deadline due = reports.sendToProvider(id, version, today.date(), VisitLetter.Channel.EMAIL, address);
        Visit v = planning.find(id).orElseThrow();
        NetworkSummary network = network();
        mailer.send(network.id(), address, msg("visits.letter.draft.subject", v.getPremisesName()), draftText(v, network, due.due()));
        return due;
    }

    String noticeText(Visit v, NetworkSummary network) {
        StringBuilder b = new StringBuilder();
        b.append(v.getControllerName() != null ? v.getControllerName() : msg("visits.notice.toTheProvider")).append("\n\n");
        b.append(msg("visits.notice.re", v.getPremisesName(), v.getPremisesAddress())).append("\n\n");
        b.append(msg("visits.notice.body1", network.name(), v.getVisitOn().format(DAY), v.getVisitTime() == null ? "" : v.getVisitTime()))
                .append("\n\n");
        b.append(msg("visits.notice.body2")).append("\n\n");
        b.append(msg("visits.field.purpose")).append("\n").append(v.getPurpose()).append("\n\n");
        b.append(msg("visits.field.areas")).append("\n");
        v.areaList().forEach(a -> b.append("- ").append(msg("visits.area." + a.name())).append("\n"));
        v.otherAreaList().forEach(a -> b.append("- ").append(a).append("\n"));
        b.append("\n").append(msg("visits.field.team")).append("\n");
        planning.teamOf(v.getId()).forEach(r -> b.append("- ").append(r.getName()).append("\n"));
        b.append("\n").append(msg("visits.notice.privacy")).append("\n").append(v.getPrivacyMeasures()).append("\n\n");
        b.append(msg("visits.notice.close", network.name())).append("\n\n").append(network.name()).append("\n");
        return b.toString();
    }

    String draftText(Visit v, NetworkSummary network, LocalDate due) {
        StringBuilder b = new StringBuilder();
        b.append(v.getControllerName() != null ? v.getControllerName() : msg("visits.notice.toTheProvider")).append("\n\n");
        b.append(msg("visits.letter.draft.intro", network.name(), v.getPremisesName(), v.getVisitOn().format(DAY))).append("\n\n");
        b.append(msg("visits.letter.draft.deadline", due.format(DAY))).append("\n\n");
        b.append(msg("visits.field.summary")).append("\n").append(v.getReport().getSummary()).append("\n\n");
        b.append(msg("visits.field.findings")).append("\n").append(v.getReport().getFindings()).append("\n\n");
        List<String> recommendations = v.getReport().recommendationList();
        if (!recommendations.isEmpty()) {
            b.append(msg("visits.field.recommendations")).append("\n");
            for (int i = 0; i < recommendations.size(); i++) {
                b.append(i + 1).append(". ").append(recommendations.get(i)).append("\n");
            }
            b.append("\n");
        }
        b.append(msg("visits.letter.draft.close")).append("\n\n").append(network.name()).append("\n");
        return b.toString();
    }

    private static String checked(String to) {
        if (!validAddress(to)) {
            throw new RefusedException("visits.error.emailInvalid");
        }
        return to.trim();
    }

    private NetworkSummary network() {
        return networks.findById(TenantContext.requireNetwork()).orElseThrow();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LETTERS);
    }
}
