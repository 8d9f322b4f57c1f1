package org.localvoice.notifications.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * With a mail server configured ({@code spring.mail.host}), relays the outbox every 30 seconds. The
 * recurring task runs on one node of the cluster at a time (db-scheduler). Without a mail server,
 * messages stay in the outbox.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.mail.host")
class OutboxRelayConfiguration {

    static final String TASK_NAME = "notifications-outbox-relay";

    @Bean
    OutboxRelay outboxRelay(Outbox outbox, JavaMailSender sender, Clock clock,
            @Value("${localvoice.mail-from:no-reply@localvoice.invalid}") String from) {
        return new OutboxRelay(outbox, sender, clock, from);
    }

    @Bean
    RecurringTask<Void> outboxRelayTask(OutboxRelay relay,
            @Value("${localvoice.notifications.relay-interval:30s}") String interval) {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(DurationStyle.detectAndParse(interval))).execute((instance, context) -> relay.deliverPending());
    }
}
