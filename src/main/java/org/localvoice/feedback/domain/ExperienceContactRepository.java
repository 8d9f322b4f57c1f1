package org.localvoice.feedback.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Contacts of the current network's views. */
public interface ExperienceContactRepository extends JpaRepository<ExperienceContact, UUID> {

    Optional<ExperienceContact> findByExperienceId(UUID experienceId);
}
