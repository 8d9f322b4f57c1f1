package org.localvoice.membership.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import java.time.LocalTime;
import java.time.ZoneId;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies every network's retention rules once a day at 02:30 UK time. db-scheduler claims each run
 * through the database, so with several nodes it runs on one of them only.
 */
@Configuration(proxyBeanMethods = false)
class RetentionTaskConfiguration {

    static final String TASK_NAME = "membership-retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionTaskConfiguration.class);

    @Bean
    RecurringTask<Void> membershipRetentionTask(Networks networks, Retention retention) {
        return Tasks.recurring(TASK_NAME, new Daily(ZoneId.of("Europe/London"), LocalTime.of(2, 30)))
                .execute((instance, context) -> applyEverywhere(networks, retention));
    }

    static void applyEverywhere(Networks networks, Retention retention) {
        for (NetworkSummary network : networks.all()) {
            int done = TenantContext.runAs(network.id(), retention::apply);
            if (done > 0) {
                log.info("Retention: {} records erased or deleted in network {}", done, network.slug());
            }
        }
    }
}
