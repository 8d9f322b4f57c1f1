package org.localvoice.tenancy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LocalAuthorityRepository extends JpaRepository<LocalAuthority, String> {

    List<LocalAuthority> findAllByOrderByRegionAscNiceNameAsc();

    List<LocalAuthority> findByCurrentTrueOrderByRegionAscNiceNameAsc();

    @Query("select la from LocalAuthority la where la.current = true and not exists "
            + "(select n.id from Network n where n.localAuthorityCode = la.gssCode) order by la.region, la.niceName")
    List<LocalAuthority> findCurrentWithoutNetwork();
}
