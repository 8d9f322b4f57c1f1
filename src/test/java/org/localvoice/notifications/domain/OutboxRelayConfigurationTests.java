package org.localvoice.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.util.ReflectionTestUtils;

/** The relay task exists exactly when a mail server is configured. */
class OutboxRelayConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(OutboxRelayConfiguration.class)
            .withBean(Outbox.class, () -> new Outbox(org.mockito.Mockito.mock(JdbcClient.class)))
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(JavaMailSender.class, () -> new OutboxRelayTests.FakeMailSender(false));

    @Test
    void relaysEveryThirtySecondsWhenAMailServerIsConfigured() {
        runner.withPropertyValues("spring.mail.host=smtp.example.test").run(context -> {
            assertThat(context).hasSingleBean(OutboxRelay.class);
            RecurringTask<?> task = context.getBean(RecurringTask.class);
            assertThat(task.getName()).isEqualTo(OutboxRelayConfiguration.TASK_NAME);
            assertThat(ReflectionTestUtils.getField(task, "schedule")).isEqualTo(FixedDelay.ofSeconds(30));
        });
    }

    @Test
    void leavesMessagesInTheOutboxWithoutAMailServer() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(OutboxRelay.class);
            assertThat(context).doesNotHaveBean(RecurringTask.class);
        });
    }
}
