package org.localvoice.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A required procedure (SI 2008/528 reg 2): the document saying how the LINk makes its relevant
 * decisions. Its text lives in {@link ProcedureVersion versions}; the title here is the current one.
 */
@Entity
@Table(name = "governance_procedure")
public class Procedure extends TenantOwnedEntity {

    @Column(nullable = false, length = 200)
    private String title;

    protected Procedure() {
    }

    public Procedure(String title) {
        this.title = title;
    }

    void retitle(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }
}
