package org.localvoice.feedback;

/** How a view reached the network. */
public enum ViewChannel {
    ONLINE, OUTREACH, PHONE, PAPER, EMAIL, EVENT, IMPORT, API;

    /** The channels staff choose from when recording a view by hand. */
    public static ViewChannel[] staffChannels() {
        return new ViewChannel[] {OUTREACH, PHONE, PAPER, EMAIL, EVENT};
    }
}
