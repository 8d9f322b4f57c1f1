package org.localvoice.tenancy;

/** An English council with social services duties (ONS GSS code, names, region). */
public record LocalAuthoritySummary(String gssCode, String name, String officialName, String typeName, String region,
        boolean current, Integer population) {
}
