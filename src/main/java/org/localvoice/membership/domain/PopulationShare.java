package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * The share of the local authority's population in one category (for example 11.2% Asian), as a host
 * manager entered or imported it from a published source, with that source and its year.
 */
@Entity
@Table(name = "membership_population_share")
public class PopulationShare extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EqualityQuestion question;

    @Column(nullable = false, length = 40)
    private String category;

    @Column(name = "share_percent", nullable = false, precision = 6, scale = 2)
    private BigDecimal sharePercent;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "source_year", nullable = false)
    private int sourceYear;

    protected PopulationShare() {
    }

    PopulationShare(EqualityQuestion question, String category) {
        this.question = question;
        this.category = category;
    }

    void set(BigDecimal sharePercent, String source, int sourceYear) {
        this.sharePercent = sharePercent;
        this.source = source;
        this.sourceYear = sourceYear;
    }

    public EqualityQuestion getQuestion() {
        return question;
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }

    public String getSource() {
        return source;
    }

    public int getSourceYear() {
        return sourceYear;
    }
}
