package org.localvoice.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.localvoice.shared.NationalRecord;

/** Reference data: an English council with social services duties. */
@Entity
@Immutable
@Table(name = "tenancy_local_authority")
@NationalRecord("National reference data shipped with the product")
public class LocalAuthority {

    @Id
    @Column(name = "gss_code")
    private String gssCode;
    private String code;
    @Column(name = "official_name")
    private String officialName;
    @Column(name = "nice_name")
    private String niceName;
    @Column(name = "authority_type_name")
    private String typeName;
    private String region;
    @Column(name = "current_authority")
    private boolean current;
    private Integer population;

    protected LocalAuthority() {
    }

    public String getGssCode() {
        return gssCode;
    }

    public String getCode() {
        return code;
    }

    public String getOfficialName() {
        return officialName;
    }

    public String getNiceName() {
        return niceName;
    }

    public String getTypeName() {
        return typeName;
    }

    public String getRegion() {
        return region;
    }

    public boolean isCurrent() {
        return current;
    }

    public Integer getPopulation() {
        return population;
    }
}
