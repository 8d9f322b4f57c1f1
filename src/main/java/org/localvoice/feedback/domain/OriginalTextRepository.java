package org.localvoice.feedback.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Texts as given, of the current network's views. */
interface OriginalTextRepository extends JpaRepository<OriginalText, UUID> {

    Optional<OriginalText> findByExperienceId(UUID experienceId);
}
