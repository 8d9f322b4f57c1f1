package org.localvoice.calendar.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BankHolidayRepository extends JpaRepository<BankHoliday, java.util.UUID> {

    /** Every holiday of a division: some 8 a year, so a small, bounded list that is then cached. */
    List<BankHoliday> findByDivisionOrderByDateAsc(String division);
}
