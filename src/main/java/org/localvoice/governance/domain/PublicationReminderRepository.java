package org.localvoice.governance.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicationReminderRepository extends JpaRepository<PublicationReminder, UUID> {

    boolean existsByDecisionIdAndKind(UUID decisionId, String kind);
}
