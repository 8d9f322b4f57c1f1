package org.localvoice.tenancy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LocalAuthorityRepository extends JpaRepository<LocalAuthority, String> {

    List<LocalAuthority> findAllByOrderByRegionAscNiceNameAsc();

    List<LocalAuthority> findByCurrentTrueOrderByRegionAscNiceNameAsc();
}
