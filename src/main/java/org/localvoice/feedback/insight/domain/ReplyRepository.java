package org.localvoice.feedback.insight.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyRepository extends JpaRepository<Reply, UUID> {

    Optional<Reply> findByExperienceId(UUID experienceId);
}
