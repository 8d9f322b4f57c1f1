package org.localvoice.feedback.web;

import java.util.ArrayList;
import java.util.List;
import org.localvoice.feedback.domain.PersonalDataDetector;
import org.localvoice.feedback.domain.PersonalDataDetector.Span;

/** A text cut into plain and suggested-for-redaction pieces, for the moderation page to mark up. */
final class Highlights {

    /** A piece of the text; {@code kind} is null for plain text. */
    record Piece(String text, PersonalDataDetector.Kind kind) {
    }

    private Highlights() {
    }

    static List<Piece> of(String text, List<Span> spans) {
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Span s : spans) {
            if (s.start() > at) {
                pieces.add(new Piece(text.substring(at, s.start()), null));
            }
            pieces.add(new Piece(text.substring(s.start(), s.end()), s.kind()));
            at = s.end();
        }
        if (at < text.length()) {
            pieces.add(new Piece(text.substring(at), null));
        }
        return pieces;
    }
}
