package org.localvoice.visits.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamMemberRepository extends JpaRepository<TeamMember, UUID> {

    List<TeamMember> findByVisitId(UUID visitId);

    boolean existsByVisitIdAndRepresentativeId(UUID visitId, UUID representativeId);

    void deleteByVisitId(UUID visitId);

    @Query("select v from Visit v where v.id in (select t.visitId from TeamMember t where t.representativeId = :rep) order by v.visitOn desc")
    Page<Visit> visitsOf(UUID rep, Pageable page);
}
