package org.localvoice.feedback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.feedback.domain.Experience;

/** The records of the views API. */
final class ViewDtos {

    private ViewDtos() {
    }

    /** A published view as the public sees it: anonymised text, no person. */
    record PublishedView(String reference, UUID premisesId, String serviceName, String text, Integer rating,
            LocalDate happenedIn, LocalDate publishedOn) {

        static PublishedView of(Experience e) {
            return new PublishedView(e.getReference(), e.getPremisesId(), e.getServiceName(), e.getText(), e.getRating(),
                    e.getHappenedOn() == null ? null : e.getHappenedOn().withDayOfMonth(1),
                    e.getPublishedAt() == null ? null : e.getPublishedAt().atZone(PublicViewController.LONDON).toLocalDate());
        }
    }

    /** A view as staff see it in the API (never the person, never the text as first given). */
    record StaffView(UUID id, String reference, UUID premisesId, String serviceName, String text, Integer rating,
            LocalDate happenedOn, LocalDate receivedOn, String channel, String consent, String status, String statusReason,
            boolean safeguardingOpen, long version) {

        static StaffView of(Experience e) {
            return new StaffView(e.getId(), e.getReference(), e.getPremisesId(), e.getServiceName(), e.getText(), e.getRating(),
                    e.getHappenedOn(), e.getReceivedOn(), e.getChannel().name(), e.getConsent().name(), e.getStatus().name(),
                    e.getStatusReason(), e.isSafeguardingOpen(), e.getVersion());
        }
    }

    /** One page of items. */
    record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

        static <E, T> Page<T> of(org.springframework.data.domain.Page<E> page, java.util.function.Function<E, T> map) {
            return new Page<>(page.getContent().stream().map(map).toList(), page.getNumber(), page.getSize(),
                    page.getTotalElements(), page.getTotalPages());
        }
    }

    /** A view given through the API. {@code happened} is "2026-03" or "2026-03-27". */
    record SubmitView(UUID premisesId, String serviceName, String text, String happened, Integer rating, String name,
            Boolean mayContact, String contactBy, String email, String phone, String consent) {
    }

    /** What the API returns for a view it took. */
    record Submitted(String reference, String status) {
    }

    /** A moderator's decision: {@code decision} PUBLISH, HOLD or REJECT; {@code version} as read. */
    record ModerationRequest(String decision, String text, String reason, Long version) {
    }
}
