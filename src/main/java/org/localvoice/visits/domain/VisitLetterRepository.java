package org.localvoice.visits.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitLetterRepository extends JpaRepository<VisitLetter, UUID> {

    /** A visit's letters, oldest first (a visit has a handful: notice, draft, perhaps a resend). */
    List<VisitLetter> findTop50ByVisitIdOrderByCreatedAtAscIdAsc(UUID visitId);
}
