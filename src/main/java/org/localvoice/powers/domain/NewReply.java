package org.localvoice.powers.domain;

import java.time.LocalDate;

/** An answer as recorded by staff (from paper or e-mail) or given by the recipient through the product. */
public record NewReply(ReplyKind kind, LocalDate receivedOn, Channel via, String summary, String withheld,
        WithheldReason withheldReason, Party transferredTo) {
}
