package org.localvoice.governance.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.governance.DecisionCategory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The current network's relevant decisions. */
public interface DecisionRepository extends JpaRepository<Decision, UUID> {

    Page<Decision> findByCategoryAndDecidedOnLessThanEqualOrderByDecidedOnDescCreatedAtDesc(DecisionCategory category,
            LocalDate today, Pageable page);

    /** Staff list: everything, optionally of one category, newest first. */
    @Query("""
            select d from Decision d where (:category is null or d.category = :category)
            order by d.decidedOn desc, d.createdAt desc""")
    Page<Decision> list(@Param("category") DecisionCategory category, Pageable page);

    /** Decisions whose statement is overdue for publication (due before the date), the earliest due first. */
    Page<Decision> findByPublishedAtIsNullAndPublicationDueLessThanOrderByPublicationDueAscCreatedAtAsc(LocalDate day,
            Pageable page);

    /** Staff list of decisions whose statement is not published yet, the earliest due first. */
    Page<Decision> findByPublishedAtIsNullOrderByPublicationDueAscCreatedAtAsc(Pageable page);

    /** Public register: published decisions, optionally of one category, newest first. */
    @Query("""
            select d from Decision d where d.publishedAt is not null and (:category is null or d.category = :category)
            order by d.decidedOn desc, d.createdAt desc""")
    Page<Decision> published(@Param("category") DecisionCategory category, Pageable page);

    long countByPublishedAtIsNull();

    long countByPublishedAtIsNullAndPublicationDueLessThan(LocalDate today);

    long countByReferenceStartingWith(String prefix);
}
