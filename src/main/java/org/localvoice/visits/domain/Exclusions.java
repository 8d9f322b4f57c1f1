package org.localvoice.visits.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The exclusions of SI 2008/915 reg 3 as they bear on a visit plan: chosen areas outside the duty are
 * refused; free text naming one is a warning (the planner may know better, e.g. "the staff room" is
 * communal); and no visit at a time when no care is provided (reg 3(2)(f)).
 */
public final class Exclusions {

    /** A problem found: a message key with the area's name key (or typed words) and the paragraph. */
    public record Finding(String key, String subject, String paragraph) {
    }

    private static final List<Object[]> WORDS = List.of(
            new Object[] {Pattern.compile("\\b(bed ?rooms?|residents?'? (own )?rooms?|private rooms?|own rooms?)\\b"), "c"},
            new Object[] {Pattern.compile("\\bstaff (accommodation|flats?|quarters|bedrooms?)\\b"), "c"},
            new Object[] {Pattern.compile("\\b(tenancy|tenancies|tenants?|licence|supported living flats?|flats?)\\b"), "c"},
            new Object[] {Pattern.compile("\\b(children'?s (home|social care|services?|unit)|fostering)\\b"), "d"},
            new Object[] {Pattern.compile("\\badoption\\b"), "e"});

    private Exclusions() {
    }

    /** Areas chosen from the list that the duty does not reach: the plan is refused while any is chosen. */
    public static List<Finding> refused(Collection<ViewArea> areas, boolean careProvidedThen) {
        List<Finding> found = new ArrayList<>();
        for (ViewArea a : areas) {
            if (a.excluded()) {
                found.add(new Finding("visits.exclusion.area", "visits.area." + a.name(), a.exclusion()));
            }
        }
        if (!careProvidedThen) {
            found.add(new Finding("visits.exclusion.noCare", null, "f"));
        }
        return found;
    }

    /** Typed areas that sound like an excluded part: shown as a warning, the plan is kept. */
    public static List<Finding> warnings(String otherAreas) {
        List<Finding> found = new ArrayList<>();
        if (otherAreas == null || otherAreas.isBlank()) {
            return found;
        }
        for (String line : otherAreas.lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (Object[] w : WORDS) {
                if (((Pattern) w[0]).matcher(lower).find()) {
                    found.add(new Finding("visits.exclusion.typed", line, (String) w[1]));
                    break;
                }
            }
        }
        return found;
    }
}
