package org.localvoice.feedback.insight.domain;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImpactRepository extends JpaRepository<Impact, UUID> {

    Page<Impact> findAllByOrderByChangedOnDescIdDesc(Pageable page);
}
