package org.localvoice.feedback.insight.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImpactLinkRepository extends JpaRepository<ImpactLink, UUID> {

    boolean existsByImpactIdAndKindAndTargetId(UUID impactId, ImpactLink.Kind kind, UUID targetId);

    java.util.Optional<ImpactLink> findByImpactIdAndKindAndTargetId(UUID impactId, ImpactLink.Kind kind, UUID targetId);
}
