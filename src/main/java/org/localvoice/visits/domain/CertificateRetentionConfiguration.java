package org.localvoice.visits.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import java.time.LocalTime;
import java.time.ZoneId;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Deletes certificate images past keeping once a day at 02:45 UK time, on one node (db-scheduler claims the run). */
@Configuration(proxyBeanMethods = false)
class CertificateRetentionConfiguration {

    @Bean
    RecurringTask<Void> visitsCertificateRetentionTask(Networks networks, CertificateImages images) {
        return Tasks.recurring("visits-certificate-retention", new Daily(ZoneId.of("Europe/London"), LocalTime.of(2, 45)))
                .execute((instance, context) -> {
                    for (NetworkSummary network : networks.all()) {
                        TenantContext.runAs(network.id(), images::applyRetention);
                    }
                });
    }
}
