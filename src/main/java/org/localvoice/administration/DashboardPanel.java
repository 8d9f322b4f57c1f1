package org.localvoice.administration;

import java.util.List;
import java.util.UUID;

/**
 * A module's panel on the staff dashboard ({@code /manage}): a heading and a few counted lines, each
 * linking to where the work is, for example "3 information requests are overdue". Implement as a bean;
 * the dashboard shows every panel in {@link #order()}.
 */
public interface DashboardPanel {

    /** Message key of the panel's heading. */
    String headingKey();

    /** The panel's lines for a network. Keep it to a few aggregate queries. */
    List<Entry> entries(UUID networkId);

    default int order() {
        return 0;
    }

    /**
     * One line: {@code labelKey} is a message with the count as its argument {0}.
     *
     * @param needsAttention shown as a warning (overdue work, for example)
     */
    record Entry(String labelKey, long count, String href, boolean needsAttention) {
    }
}
