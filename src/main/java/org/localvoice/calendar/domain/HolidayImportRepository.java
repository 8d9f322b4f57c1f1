package org.localvoice.calendar.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HolidayImportRepository extends JpaRepository<HolidayImport, UUID> {

    List<HolidayImport> findTop5ByOrderByImportedAtDesc();
}
