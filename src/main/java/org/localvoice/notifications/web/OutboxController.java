package org.localvoice.notifications.web;

import java.util.List;
import java.util.UUID;
import org.localvoice.notifications.domain.Outbox;
import org.localvoice.notifications.domain.OutboxMessage;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The platform administrator's view of the mail outbox: what was sent, what is waiting and what failed.
 * With no mail server configured this is where, for example, password-reset links can be read.
 */
@Controller
@RequestMapping("/admin/outbox")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class OutboxController {

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Page<OutboxMessage> messages = outbox.page(PageRequestParams.of(page, PageRequestParams.DEFAULT_SIZE, Sort.unsorted()));
        model.addAttribute("messages", messages);
        return "notifications/outbox";
    }

    @GetMapping("/{id}")
    String view(@PathVariable String id, Model model) {
        OutboxMessage message = parse(id).flatMap(outbox::find)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("message", message);
        model.addAttribute("lines", List.of(message.body().split("\\R", -1)));
        return "notifications/outbox-message";
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
