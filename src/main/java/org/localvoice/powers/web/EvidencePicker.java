package org.localvoice.powers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.feedback.Feedback;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.feedback.ViewSummary;
import org.localvoice.powers.domain.InformationRequest;
import org.localvoice.powers.domain.InformationRequests;
import org.localvoice.powers.domain.NewReport;
import org.localvoice.powers.domain.VisitReferral;
import org.localvoice.powers.domain.VisitReferrals;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Evidence of a report, given by reference one a line and checked against the network's own records: a
 * person's view (moderated: published, or kept as evidence), an Enter and View report published with
 * recommendations ("EV-…") or a request for information ("IR-…", or its identifier). A line may start
 * with its kind ("view, TRA-7K3M-Q9"); without one, the reference's form says which kind it is.
 */
@Component
class EvidencePicker {

    private final Feedback feedback;
    private final InformationRequests requests;
    private final VisitReferrals visits;

    EvidencePicker(Feedback feedback, InformationRequests requests, VisitReferrals visits) {
        this.feedback = feedback;
        this.requests = requests;
        this.visits = visits;
    }

    /** The evidence of each line; a line that names nothing of the network rejects the field, naming it. */
    List<NewReport.Evidence> check(Errors errors, String field, String text) {
        List<NewReport.Evidence> found = new ArrayList<>();
        for (String line : ReportForm.lines(text)) {
            String kind = null;
            String reference = line;
            int comma = line.indexOf(',');
            if (comma >= 0) {
                kind = line.substring(0, comma).strip().toLowerCase(Locale.ROOT);
                reference = line.substring(comma + 1).strip();
            }
            if (reference.isEmpty() || reference.length() > 300 || reference.contains(",")
                    || (kind != null && !List.of("view", "visit", "request").contains(kind))) {
                errors.rejectValue(field, "powers.error.evidence.format", new Object[] {line}, null);
                return List.of();
            }
            String upper = reference.toUpperCase(Locale.ROOT);
            if (kind == null) {
                kind = upper.startsWith("IR-") || isId(reference) ? "request" : upper.startsWith("EV-") ? "visit" : "view";
            }
            Optional<NewReport.Evidence> evidence = switch (kind) {
                case "request" -> request(reference, upper);
                case "visit" -> visits.byReference(upper).map(v -> visit(v));
                default -> view(errors, field, upper);
            };
            if (errors.hasFieldErrors(field)) {
                return List.of();
            }
            if (evidence.isEmpty()) {
                errors.rejectValue(field, "powers.error.evidence.unknown", new Object[] {reference}, null);
                return List.of();
            }
            if (found.stream().noneMatch(e -> e.kind().equals(evidence.get().kind()) && e.id().equals(evidence.get().id()))) {
                found.add(evidence.get());
            }
        }
        return found;
    }

    private Optional<NewReport.Evidence> request(String reference, String upper) {
        Optional<InformationRequest> r = isId(reference) ? requests.find(UUID.fromString(reference)) : requests.byReference(upper);
        return r.map(x -> new NewReport.Evidence("request", x.getId(), x.getReference() + ", " + x.getSubject()));
    }

    private static NewReport.Evidence visit(VisitReferral v) {
        return new NewReport.Evidence("visit", v.getVisitId(), "Enter and View, " + v.getPremisesName() + " (" + v.getReference() + ")");
    }

    private Optional<NewReport.Evidence> view(Errors errors, String field, String reference) {
        Optional<ViewSummary> view = feedback.viewByReference(reference);
        if (view.isPresent() && view.get().status() != ViewStatus.PUBLISHED && view.get().status() != ViewStatus.ACCEPTED) {
            errors.rejectValue(field, "powers.error.evidence.unmoderated", new Object[] {reference}, null);
            return Optional.empty();
        }
        return view.map(v -> new NewReport.Evidence("view", v.id(), v.reference()));
    }

    private static boolean isId(String text) {
        try {
            UUID.fromString(text);
            return text.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
