package org.localvoice.powers.domain;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OscReferralRepository extends JpaRepository<OscReferral, UUID> {

    Page<OscReferral> findAllByOrderByMadeOnDescIdDesc(Pageable page);
}
