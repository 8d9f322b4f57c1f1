package org.localvoice.feedback.insight.web;

import java.util.UUID;
import org.localvoice.feedback.insight.domain.Replies;
import org.localvoice.feedback.insight.domain.Reply;
import org.springframework.stereotype.Component;

/** The reply under a published view, for the fragment {@code feedback/insight/reply :: reply(id)} ({@code @viewReplies.of(id)}). */
@Component("viewReplies")
public class ViewReplies {

    private final Replies replies;

    ViewReplies(Replies replies) {
        this.replies = replies;
    }

    public Reply of(UUID experienceId) {
        return replies.replyTo(experienceId).orElse(null);
    }
}
