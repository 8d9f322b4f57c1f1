package org.localvoice.powers.domain;

/**
 * A power may not be used: the relevant decision named does not authorise it. {@link #messageKey()} is a
 * message of the powers bundle, with the category letter as its argument.
 */
public class DecisionMissingException extends RuntimeException {

    private final String messageKey;
    private final String letter;

    public DecisionMissingException(String messageKey, String letter) {
        super("No authorising decision of category (" + letter + "): " + messageKey);
        this.messageKey = messageKey;
        this.letter = letter;
    }

    public String messageKey() {
        return messageKey;
    }

    public String letter() {
        return letter;
    }
}
