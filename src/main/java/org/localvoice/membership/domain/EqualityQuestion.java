package org.localvoice.membership.domain;

import java.util.List;

/**
 * The voluntary equality monitoring questions and their answers, in the broad groups the 2021 Census
 * for England and Wales uses, so a host can compare participants with the local population. Every
 * question can be answered "prefer not to say", which is counted but not compared.
 */
public enum EqualityQuestion {
    AGE(List.of("UNDER_18", "AGE_18_24", "AGE_25_34", "AGE_35_49", "AGE_50_64", "AGE_65_74", "AGE_75_PLUS")),
    SEX(List.of("FEMALE", "MALE")),
    ETHNIC_GROUP(List.of("ASIAN", "BLACK", "MIXED", "WHITE", "OTHER")),
    DISABILITY(List.of("DISABLED", "NOT_DISABLED")),
    CARER(List.of("CARER", "NOT_CARER"));

    public static final String PREFER_NOT_TO_SAY = "PREFER_NOT_TO_SAY";

    private final List<String> categories;

    EqualityQuestion(List<String> categories) {
        this.categories = categories;
    }

    /** The categories a population share can be given for. */
    public List<String> categories() {
        return categories;
    }

    /** Every accepted answer: the categories and "prefer not to say". */
    public List<String> answers() {
        return java.util.stream.Stream.concat(categories.stream(), java.util.stream.Stream.of(PREFER_NOT_TO_SAY)).toList();
    }

    public boolean accepts(String answer) {
        return answer != null && answers().contains(answer);
    }
}
