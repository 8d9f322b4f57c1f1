package org.localvoice.powers.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRepository extends JpaRepository<Reminder, UUID> {

    boolean existsByClockIdAndKind(UUID clockId, Reminder.Kind kind);
}
