package org.localvoice.powers.domain;

import java.time.LocalDate;

/** Case references people can quote: prefix, year and a number, for example "IR-2026-0007". */
final class References {

    private References() {
    }

    static String next(String prefix, LocalDate today, long existing) {
        return "%s-%d-%04d".formatted(prefix, today.getYear(), existing + 1);
    }
}
