package org.localvoice.access.domain;

/** Why a new password was refused: the form field to mark and the message key to show. */
public record PasswordProblem(String field, String messageKey) {
}
