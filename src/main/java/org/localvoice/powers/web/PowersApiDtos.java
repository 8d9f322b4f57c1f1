package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.powers.ClockSummary;
import org.localvoice.powers.domain.CaseEvent;
import org.localvoice.powers.domain.InformationRequest;
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

    /** A new request, as JSON: dates in ISO form (2026-03-27). */
    record NewRequestDto(UUID decisionId, String recipient, UUID recipientProviderId, String recipientEmail,
            String subject, List<String> questions, String channel, LocalDate sentOn, LocalDate receivedOn) {
    }

    /** An answer, as JSON. */
    record NewReplyDto(String kind, LocalDate receivedOn, String via, String summary, String withheld,
            String withheldReason, String transferredTo, UUID transferredToProviderId) {
    }
}
