package org.localvoice.feedback.themes.web;

import java.util.UUID;
import org.springframework.validation.Errors;

/** A theme's name (and, when adding, its category), as typed into the form. */
public class ThemeForm {

    static final int MAX_NAME = 120;

    private String name;
    private UUID parentId;
    private long version;

    void validate(Errors errors) {
        if (name == null || name.isBlank()) {
            errors.rejectValue("name", "feedback.themes.error.nameRequired");
        } else if (name.trim().length() > MAX_NAME) {
            errors.rejectValue("name", "feedback.themes.error.nameTooLong");
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UUID getParentId() {
        return parentId;
    }

    public void setParentId(UUID parentId) {
        this.parentId = parentId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
