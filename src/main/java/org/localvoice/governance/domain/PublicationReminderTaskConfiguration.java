package org.localvoice.governance.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Looks for decision statements overdue for publication every hour (db-scheduler: one node of the cluster
 * at a time). The reminder rows make each reminder go once even if two runs overlap.
 */
@Configuration(proxyBeanMethods = false)
class PublicationReminderTaskConfiguration {

    static final String TASK_NAME = "governance-publication-reminders";

    @Bean
    RecurringTask<Void> governancePublicationReminderTask(PublicationReminders reminders,
            @Value("${localvoice.governance.reminder-interval:1h}") String interval) {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(DurationStyle.detectAndParse(interval)))
                .execute((instance, context) -> reminders.run());
    }
}
