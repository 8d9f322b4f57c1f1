package org.localvoice.directory.web;

import java.net.URI;
import org.springframework.validation.Errors;

/** A network's note on premises, as typed into the form. */
public class NoteForm {

    private String note;
    private String links;
    private long version;

    void validate(Errors errors) {
        if (note == null || note.isBlank()) {
            errors.rejectValue("note", "directory.note.error.required");
        } else if (note.length() > 4000) {
            errors.rejectValue("note", "directory.note.error.tooLong");
        }
        if (links != null && links.length() > 2000) {
            errors.rejectValue("links", "directory.note.error.linksTooLong");
        } else if (links != null && links.lines().map(String::trim).filter(l -> !l.isEmpty()).anyMatch(l -> !isWebAddress(l))) {
            errors.rejectValue("links", "directory.note.error.link");
        }
    }

    static boolean isWebAddress(String s) {
        try {
            URI uri = new URI(s);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    String cleanLinks() {
        if (links == null) {
            return null;
        }
        String joined = String.join("\n", links.lines().map(String::trim).filter(l -> !l.isEmpty()).toList());
        return joined.isEmpty() ? null : joined;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getLinks() {
        return links;
    }

    public void setLinks(String links) {
        this.links = links;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
