package org.localvoice.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.notifications.Mailer;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

@IntegrationTest
class OutboxRelayTests {

    @Autowired
    Mailer mailer;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void relaysPendingMessagesOldestFirstAndMarksThemSent() {
        String to = unique("relay");
        mailer.send(null, to, "First", "Body one");
        mailer.send(null, to, "Second", "Body two\nline two");
        FakeMailSender sender = new FakeMailSender(false);

        drain(new OutboxRelay(outbox, sender, clock, "no-reply@localvoice.test"));

        List<SimpleMailMessage> mine = sender.sent.stream().filter(m -> m.getTo()[0].equals(to)).toList();
        assertThat(mine).extracting(SimpleMailMessage::getSubject).containsExactly("First", "Second");
        assertThat(mine.get(1).getText()).isEqualTo("Body two\nline two");
        assertThat(mine.get(0).getFrom()).isEqualTo("no-reply@localvoice.test");
        assertThat(jdbc.queryForList("SELECT sent_at FROM notifications_outbox WHERE recipient = ?", Object.class, to))
                .hasSize(2).doesNotContainNull();

        FakeMailSender again = new FakeMailSender(false);
        drain(new OutboxRelay(outbox, again, clock, "no-reply@localvoice.test"));
        assertThat(again.sent).noneMatch(m -> m.getTo()[0].equals(to));
    }

    @Test
    void keepsAMessageThatCouldNotBeDeliveredAndRecordsWhy() {
        String to = unique("failing");
        mailer.send(null, to, "Will fail", "Body");
        drain(new OutboxRelay(outbox, new FakeMailSender(true), clock, "no-reply@localvoice.test"));
        var row = jdbc.queryForMap("SELECT sent_at, attempts, last_error FROM notifications_outbox WHERE recipient = ?", to);
        assertThat(row.get("sent_at")).isNull();
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
        assertThat((String) row.get("last_error")).contains("mail server unavailable");

        FakeMailSender working = new FakeMailSender(false);
        drain(new OutboxRelay(outbox, working, clock, "no-reply@localvoice.test"));
        assertThat(working.sent).anyMatch(m -> m.getTo()[0].equals(to));
    }

    @Test
    void givesUpAfterTenAttempts() {
        String to = unique("hopeless");
        mailer.send(null, to, "Hopeless", "Body");
        jdbc.update("UPDATE notifications_outbox SET attempts = ? WHERE recipient = ?", Outbox.MAX_ATTEMPTS, to);
        FakeMailSender sender = new FakeMailSender(false);
        drain(new OutboxRelay(outbox, sender, clock, "no-reply@localvoice.test"));
        assertThat(sender.sent).noneMatch(m -> m.getTo()[0].equals(to));
    }

    @Test
    void keepsTheNetworkOfTheMessage() {
        String to = unique("network");
        UUID network = jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = 'barnet'", UUID.class);
        mailer.send(network, to, "Subject", "Body");
        assertThat(jdbc.queryForObject("SELECT network_id FROM notifications_outbox WHERE recipient = ?", UUID.class, to))
                .isEqualTo(network);
    }

    /** The relay works in batches; other tests' messages may be waiting too. */
    private static void drain(OutboxRelay relay) {
        for (int i = 0; i < 20 && relay.deliverPending() > 0; i++) {
            // next batch
        }
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@outbox-test.example";
    }

    /** Records what would have been sent, or fails like an unreachable mail server. */
    static final class FakeMailSender implements JavaMailSender {

        final List<SimpleMailMessage> sent = new ArrayList<>();
        private final boolean failing;

        FakeMailSender(boolean failing) {
            this.failing = failing;
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            if (failing) {
                throw new MailSendException("mail server unavailable");
            }
            sent.addAll(List.of(messages));
        }

        @Override
        public MimeMessage createMimeMessage() {
            throw new UnsupportedOperationException();
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void send(MimeMessage... mimeMessages) {
            throw new UnsupportedOperationException();
        }
    }
}
