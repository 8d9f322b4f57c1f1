package org.localvoice.powers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseClockRepository extends JpaRepository<CaseClock, UUID> {

    List<CaseClock> findByCaseKindAndCaseIdOrderByCreatedAtAsc(CaseKind kind, UUID caseId);

    List<CaseClock> findByCaseKindAndCaseIdInOrderByCreatedAtAsc(CaseKind kind, java.util.Collection<UUID> caseIds);

    /** Running clocks due on or before a day (overdue and due soon), soonest first. */
    @Query("select c from CaseClock c where c.stoppedOn is null and c.dueOn <= :until order by c.dueOn, c.id")
    Page<CaseClock> runningDueBy(LocalDate until, Pageable page);

    @Query("select count(c) from CaseClock c where c.stoppedOn is null and c.dueOn < :before")
    long countRunningDueBefore(LocalDate before);

    @Query("select count(c) from CaseClock c where c.stoppedOn is null and c.dueOn >= :from and c.dueOn <= :until")
    long countRunningDueBetween(LocalDate from, LocalDate until);

    @Query("select count(c) from CaseClock c where c.stoppedOn is null")
    long countRunning();
}
