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
import org.springframework.data.domain.Page;
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

    /** A page of requests as register lines: the clocks of the whole page in one query. */
    Page<Row> requests(Page<InformationRequest> page) {
        var clocksOf = clocks.of(CaseKind.INFORMATION_REQUEST, references(page, InformationRequest::getId, InformationRequest::getReference));
        return page.map(r -> row(clocksOf.getOrDefault(r.getId(), List.of()), r.getId(), r.getReference(), r.getSubject(), r.getSentOn()));
    }

    Page<Row> reports(Page<Report> page) {
        var clocksOf = clocks.of(CaseKind.REPORT, references(page, Report::getId, Report::getReference));
        return page.map(r -> row(clocksOf.getOrDefault(r.getId(), List.of()), r.getId(), r.getReference(), r.getTitle(), r.getSentOn()));
    }

    Page<Row> referrals(Page<OscReferral> page) {
        var clocksOf = clocks.of(CaseKind.OSC_REFERRAL, references(page, OscReferral::getId, OscReferral::getReference));
        return page.map(r -> row(clocksOf.getOrDefault(r.getId(), List.of()), r.getId(), r.getReference(), r.getSubject(), r.getMadeOn()));
    }

    private static <T> java.util.Map<UUID, String> references(Page<T> page, java.util.function.Function<T, UUID> id,
            java.util.function.Function<T, String> reference) {
        java.util.Map<UUID, String> refs = new java.util.LinkedHashMap<>();
        page.forEach(c -> refs.put(id.apply(c), reference.apply(c)));
        return refs;
    }

    private static Row row(List<ClockSummary> clocksOfCase, UUID id, String reference, String subject, LocalDate date) {
        List<ClockSummary> all = clocksOfCase.stream()
                .filter(c -> c.duty() != org.localvoice.calendar.Duty.OSC_KEEP_INFORMED_REMINDER).toList();
        ClockSummary latest = all.stream().filter(c -> c.state().running()).min(Comparator.comparing(ClockSummary::dueOn))
                .orElse(all.isEmpty() ? null : all.get(all.size() - 1));
        return new Row(id, reference, subject, latest == null ? null : latest.party(), date,
                latest == null ? null : latest.dueOn(), latest == null ? null : latest.state());
    }
}
