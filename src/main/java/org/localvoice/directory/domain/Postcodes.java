package org.localvoice.directory.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcodes: normalised to upper case with one space before the inward code ("M33 7ZF"). */
public final class Postcodes {

    private static final Pattern FULL = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$");
    private static final Pattern OUTWARD = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]?$");
    private static final Pattern SECTOR = Pattern.compile("^([A-Z]{1,2}[0-9][A-Z0-9]?) ([0-9])$");

    private Postcodes() {
    }

    private static String compact(String raw) {
        return raw == null ? "" : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The postcode normalised, when it has the form of a full UK postcode. */
    public static Optional<String> normalise(String raw) {
        String c = compact(raw);
        if (!FULL.matcher(c).matches()) {
            return Optional.empty();
        }
        return Optional.of(c.substring(0, c.length() - 3) + " " + c.substring(c.length() - 3));
    }

    /** The district (outward code) of a normalised full postcode: "M33 7ZF" gives "M33". */
    public static String district(String normalised) {
        int space = normalised.indexOf(' ');
        return space < 0 ? normalised : normalised.substring(0, space);
    }

    /** A search term: a full postcode, a sector ("M33 7") or a district ("M33"). */
    public sealed interface Term permits Full, Sector, District {
    }

    public record Full(String postcode) implements Term {
    }

    public record Sector(String prefix) implements Term {
    }

    public record District(String district) implements Term {
    }

    public static Optional<Term> searchTerm(String raw) {
        Optional<String> full = normalise(raw);
        if (full.isPresent()) {
            return Optional.of(new Full(full.get()));
        }
        String spaced = raw == null ? "" : raw.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        var sector = SECTOR.matcher(spaced);
        if (sector.matches()) {
            return Optional.of(new Sector(sector.group(1) + " " + sector.group(2)));
        }
        String c = compact(raw);
        if (OUTWARD.matcher(c).matches()) {
            return Optional.of(new District(c));
        }
        return Optional.empty();
    }
}
