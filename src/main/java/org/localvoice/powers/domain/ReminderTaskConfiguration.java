package org.localvoice.powers.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Looks for reminders owed every hour (db-scheduler: one node of the cluster at a time, and the
 * schedule survives restarts in {@code scheduled_tasks}). The reminder rows make each send happen once
 * even if two runs overlap.
 */
@Configuration(proxyBeanMethods = false)
class ReminderTaskConfiguration {

    static final String TASK_NAME = "powers-reminders";

    @Bean
    RecurringTask<Void> powersReminderTask(Reminders reminders,
            @Value("${localvoice.powers.reminder-interval:1h}") String interval) {
        return Tasks.recurring(TASK_NAME, FixedDelay.of(DurationStyle.detectAndParse(interval)))
                .execute((instance, context) -> reminders.run());
    }
}
