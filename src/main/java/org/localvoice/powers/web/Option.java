package org.localvoice.powers.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** One choice of a select: the value sent and the label shown. */
record Option(String value, String label) {

    /** Every value of an enum, labelled from the bundle as {@code prefix + name}. */
    static List<Option> of(Class<? extends Enum<?>> type, String prefix, MessageSource messages, Locale locale) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> new Option(e.name(), messages.getMessage(prefix + e.name(), null, locale))).toList();
    }
}
