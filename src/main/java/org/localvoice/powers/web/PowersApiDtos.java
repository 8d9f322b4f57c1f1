package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.powers.ClockSummary;
import org.localvoice.powers.domain.CaseEvent;
import org.localvoice.powers.domain.InformationRequest;
import org.localvoice.powers.domain.OscReferral;
import org.localvoice.powers.domain.RecommendationResponse;
import org.localvoice.powers.domain.Report;
import org.localvoice.powers.domain.ReportEvidence;
import org.localvoice.powers.domain.ReportRecipient;
import org.localvoice.powers.domain.VisitReferral;
import org.localvoice.powers.domain.Reply;
import org.springframework.data.domain.Page;

/** The records the powers API reads and writes. */
final class PowersApiDtos {

    private PowersApiDtos() {
    }

    record PageDto<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
        static <T> PageDto<T> of(Page<T> page) {
            return new PageDto<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }
    }

    record RequestDto(UUID id, String reference, UUID decisionId, String recipient, UUID recipientProviderId,
            String subject, List<String> questions, String channel, LocalDate sentOn, LocalDate receivedOn,
            String status, long version) {
        static RequestDto of(InformationRequest r) {
            return new RequestDto(r.getId(), r.getReference(), r.getDecisionId(), r.getRecipientName(),
                    r.getRecipientProviderId(), r.getSubject(), r.questionList(), r.getChannel().name(), r.getSentOn(),
                    r.getReceivedOn(), r.getStatus().name(), r.getVersion());
        }
    }

    record ReplyDto(UUID id, String kind, LocalDate receivedOn, String via, String summary, String withheld,
            String withheldReason, String transferredTo) {
        static ReplyDto of(Reply r) {
            return new ReplyDto(r.getId(), r.getKind().name(), r.getReceivedOn(), r.getVia().name(), r.getSummary(),
                    r.getWithheld(), r.getWithheldReason() == null ? null : r.getWithheldReason().name(),
                    r.getTransferredToName());
        }
    }

    record EventDto(UUID id, String kind, LocalDate occurredOn, String details, UUID correctionOf,
            String correctionReason) {
        static EventDto of(CaseEvent e) {
            return new EventDto(e.getId(), e.getKind(), e.getOccurredOn(), e.getDetails(), e.getCorrectionOf(),
                    e.getCorrectionReason());
        }
    }

    /** A request with everything that happened on it. */
    record CaseDto(RequestDto request, List<ClockSummary> deadlines, List<ReplyDto> replies, List<EventDto> events) {
    }

    record ReportDto(UUID id, String reference, UUID decisionId, String title, String summary, String status,
            LocalDate sentOn, boolean published, UUID visitId, long version) {
        static ReportDto of(Report r) {
            return new ReportDto(r.getId(), r.getReference(), r.getDecisionId(), r.getTitle(), r.getSummary(),
                    r.getStatus().name(), r.getSentOn(), r.isPublished(), r.getVisitId(), r.getVersion());
        }
    }

    record RecipientDto(UUID id, String name, String role, UUID providerId, String email) {
        static RecipientDto of(ReportRecipient r) {
            return new RecipientDto(r.getId(), r.getName(), r.getRole().name(), r.getProviderId(), r.getEmail());
        }
    }

    record EvidenceDto(String kind, UUID id, String reference) {
        static EvidenceDto of(ReportEvidence e) {
            return new EvidenceDto(e.getKind(), e.getEvidenceId(), e.getReference());
        }
    }

    /** A recipient's latest response to a recommendation, with the outcome of the promised change once known. */
    record ResponseDto(UUID recipientId, String recipient, String answer, String actionPromised, String reasons,
            LocalDate reviewOn, LocalDate receivedOn, String via, String changeOutcome, String outcomeNote,
            LocalDate outcomeOn, UUID impactId) {
        static ResponseDto of(ReportRecipient to, RecommendationResponse r) {
            return new ResponseDto(to.getId(), to.getName(), r.getAnswer().name(), r.getActionPromised(), r.getReasons(),
                    r.getReviewOn(), r.getReceivedOn(), r.getVia().name(),
                    r.getChangeOutcome() == null ? null : r.getChangeOutcome().name(), r.getOutcomeNote(),
                    r.getOutcomeOn(), r.getImpactId());
        }
    }

    record RecommendationDto(UUID id, int number, String body, List<ResponseDto> responses) {
    }

    /** A report with everything that happened on it. */
    record ReportCaseDto(ReportDto report, boolean signedOff, List<RecipientDto> recipients, List<EvidenceDto> evidence,
            List<RecommendationDto> recommendations, List<ClockSummary> deadlines) {
    }

    record ReferralDto(UUID id, String reference, UUID decisionId, String committee, String matter, String subject,
            String supplied, LocalDate madeOn, Boolean powersApply, Boolean willUsePowers, String decisionNotes,
            long version) {
        static ReferralDto of(OscReferral r) {
            return new ReferralDto(r.getId(), r.getReference(), r.getDecisionId(), r.getCommittee(), r.getMatter().name(),
                    r.getSubject(), r.getSupplied(), r.getMadeOn(), r.getPowersApply(), r.getWillUsePowers(),
                    r.getDecisionNotes(), r.getVersion());
        }
    }

    /** A referral with its deadlines and the committee's answers. */
    record ReferralCaseDto(ReferralDto referral, List<ClockSummary> deadlines, List<ReplyDto> replies) {
    }

    record VisitReferralDto(UUID id, String reference, UUID visitId, UUID premisesId, String premises, UUID providerId,
            String provider, List<String> recommendations, LocalDate publishedOn, UUID reportId, LocalDate referredOn) {
        static VisitReferralDto of(VisitReferral v) {
            return new VisitReferralDto(v.getId(), v.getReference(), v.getVisitId(), v.getPremisesId(), v.getPremisesName(),
                    v.getProviderId(), v.getProviderName(), v.recommendationList(), v.getPublishedOn(), v.getReportId(),
                    v.getOpenedOn());
        }
    }

    /** Responses of one recipient, as JSON: each names its recommendation by number. */
    record NewResponsesDto(LocalDate receivedOn, String via, List<NewResponseDto> responses) {
    }

    record NewResponseDto(Integer recommendationNumber, String answer, String actionPromised, String reasons,
            LocalDate reviewOn) {
    }

    /** The committee's acknowledgement (kind ACKNOWLEDGEMENT) or an update (kind UPDATE), as JSON. */
    record NewUpdateDto(String kind, LocalDate on, String via, String summary) {
    }

    /** A new request, as JSON: dates in ISO form (2026-03-27). */
    record NewRequestDto(UUID decisionId, String recipient, UUID recipientProviderId, String recipientEmail,
            String subject, List<String> questions, String channel, LocalDate sentOn, LocalDate receivedOn) {
    }

    /** An answer, as JSON. */
    record NewReplyDto(String kind, LocalDate receivedOn, String via, String summary, String withheld,
            String withheldReason, String transferredTo, UUID transferredToProviderId) {
    }
}
