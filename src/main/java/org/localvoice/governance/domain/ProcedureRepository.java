package org.localvoice.governance.domain;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current network's required procedures (the tenant filter applies to every query). */
public interface ProcedureRepository extends JpaRepository<Procedure, UUID> {

    Page<Procedure> findAllByOrderByTitleAsc(Pageable page);
}
