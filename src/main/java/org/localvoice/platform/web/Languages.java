package org.localvoice.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the interface is offered in: English (the default) and Urdu, which is written right to left. */
public final class Languages {

    public static final Locale DEFAULT = Locale.ENGLISH;
    public static final List<Locale> OFFERED = List.of(DEFAULT, Locale.forLanguageTag("ur"));
    private static final List<String> RIGHT_TO_LEFT = List.of("ur", "ar", "fa", "he");

    private Languages() {
    }

    /** The offered language matching {@code locale} (by language only, so {@code ur-PK} is Urdu), if any. */
    public static Optional<Locale> supported(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return OFFERED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst();
    }

    public static boolean rightToLeft(Locale locale) {
        return locale != null && RIGHT_TO_LEFT.contains(locale.getLanguage());
    }
}
