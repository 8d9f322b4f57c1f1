package org.localvoice.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.localvoice.shared.TenantOwnedEntity;

/** A word or phrase that, in a new view's text, flags it as a possible safeguarding concern (the network's own). */
@Entity
@Table(name = "feedback_safeguarding_keyword")
public class SafeguardingKeyword extends TenantOwnedEntity {

    @Column(nullable = false, length = 100)
    private String keyword;

    protected SafeguardingKeyword() {
    }

    SafeguardingKeyword(String keyword) {
        this.keyword = keyword;
    }

    public String getKeyword() { return keyword; }
}
