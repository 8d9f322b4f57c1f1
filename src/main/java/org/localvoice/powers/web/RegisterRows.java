package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.ClockState;
import org.localvoice.powers.ClockSummary;
import org.localvoice.powers.domain.ClockViews;
import org.localvoice.powers.domain.InformationRequest;
import org.localvoice.powers.domain.OscReferral;
import org.localvoice.powers.domain.Report;
import org.springframework.stereotype.Component;

/** One line of a public register: the case, who owes the answer, when it is or was due, and where it stands. */
@Component
class RegisterRows {

    /** A register line; {@code state} is the latest clock's (null before any clock starts). */
    record Row(UUID id, String reference, String subject, String party, LocalDate date, LocalDate dueOn,
            ClockState state) {
    }

    private final ClockViews clocks;

    RegisterRows(ClockViews clocks) {
        this.clocks = clocks;
    }

    Row of(InformationRequest r) {
        return row(CaseKind.INFORMATION_REQUEST, r.getId(), r.getReference(), r.getSubject(), r.getSentOn());
    }

    Row of(Report r) {
        return row(CaseKind.REPORT, r.getId(), r.getReference(), r.getTitle(), r.getSentOn());
    }

    Row of(OscReferral r) {
        return row(CaseKind.OSC_REFERRAL, r.getId(), r.getReference(), r.getSubject(), r.getMadeOn());
    }

    private Row row(CaseKind kind, UUID id, String reference, String subject, LocalDate date) {
        List<ClockSummary> all = clocks.of(kind, id).stream()
                .filter(c -> c.duty() != org.localvoice.calendar.Duty.OSC_KEEP_INFORMED_REMINDER).toList();
        ClockSummary latest = all.stream().filter(c -> c.state().running()).min(Comparator.comparing(ClockSummary::dueOn))
                .orElse(all.isEmpty() ? null : all.get(all.size() - 1));
        return new Row(id, reference, subject, latest == null ? null : latest.party(), date,
                latest == null ? null : latest.dueOn(), latest == null ? null : latest.state());
    }
}
