package org.localvoice.governance.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Versions of the current network's required procedures. */
public interface ProcedureVersionRepository extends JpaRepository<ProcedureVersion, UUID> {

    List<ProcedureVersion> findByProcedureIdOrderByNumberDesc(UUID procedureId);

    Optional<ProcedureVersion> findFirstByProcedureIdOrderByNumberDesc(UUID procedureId);

    Optional<ProcedureVersion> findFirstByProcedureIdAndPublishedAtNotNullOrderByNumberDesc(UUID procedureId);

    boolean existsByPublishedAtNotNull();

    /** Every published version, newest first: what a decision may cite. */
    Page<ProcedureVersion> findByPublishedAtNotNullOrderByPublishedAtDesc(Pageable page);

    /** The latest published version of each procedure, by title. */
    @Query("""
            select v from ProcedureVersion v where v.publishedAt is not null and v.number =
              (select max(w.number) from ProcedureVersion w where w.procedureId = v.procedureId and w.publishedAt is not null)
            order by v.title""")
    List<ProcedureVersion> currentPublished();
}
