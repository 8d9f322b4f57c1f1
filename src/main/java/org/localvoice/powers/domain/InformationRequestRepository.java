package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InformationRequestRepository extends JpaRepository<InformationRequest, UUID> {

    Page<InformationRequest> findAllByOrderBySentOnDescIdDesc(Pageable page);

    Page<InformationRequest> findByRecipientProviderIdInOrderBySentOnDesc(List<UUID> providers, Pageable page);

    long count();

    java.util.Optional<InformationRequest> findFirstByReferenceOrderByCreatedAtAsc(String reference);
}
