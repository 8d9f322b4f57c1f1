package org.localvoice.calendar.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HolidayImportChangeRepository extends JpaRepository<HolidayImportChange, UUID> {

    List<HolidayImportChange> findByImportIdOrderByDateAsc(UUID importId);
}
