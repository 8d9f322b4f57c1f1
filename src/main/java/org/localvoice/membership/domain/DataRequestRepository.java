package org.localvoice.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Data requests of the current network. */
public interface DataRequestRepository extends JpaRepository<DataRequest, UUID> {

    Page<DataRequest> findByStatusOrderByDueOnAsc(DataRequest.Status status, Pageable page);

    long countByStatusAndDueOnBefore(DataRequest.Status status, LocalDate date);

    List<DataRequest> findByParticipantIdOrderByReceivedOnDesc(UUID participantId);

    List<DataRequest> findByStatusAndClosedAtBefore(DataRequest.Status status, java.time.Instant before);
}
