package org.localvoice.visits.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuthorisedRepresentativeRepository extends JpaRepository<AuthorisedRepresentative, UUID> {

    Page<AuthorisedRepresentative> findAllByOrderByNameAsc(Pageable page);

    /** Issued and not withdrawn: the candidates for the register (expiry is checked on read). */
    Page<AuthorisedRepresentative> findBySuitableTrueAndAuthorisedOnLessThanEqualAndValidToGreaterThanEqualAndWithdrawnOnIsNullOrderByNameAsc(
            java.time.LocalDate today, java.time.LocalDate sameDay, Pageable page);

    List<AuthorisedRepresentative> findAllBy();

    Optional<AuthorisedRepresentative> findByVerificationCode(String code);

    Optional<AuthorisedRepresentative> findByParticipantId(UUID participantId);

    Optional<AuthorisedRepresentative> findFirstByAccountId(UUID accountId);

    Optional<AuthorisedRepresentative> findFirstByEmailIgnoreCase(String email);

    boolean existsByParticipantId(UUID participantId);
}
