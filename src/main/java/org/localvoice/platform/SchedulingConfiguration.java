package org.localvoice.platform;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Cluster-safe scheduled work with db-scheduler: every {@link Task} bean of any module is registered;
 * recurring tasks are scheduled at start-up. Each execution is claimed through the
 * {@code scheduled_tasks} table, so with many nodes a task runs on one node at a time. (The library's
 * Spring Boot starter does not activate on Boot 4, so the scheduler is built here.) Starts once the
 * application is ready and stops with the context; {@code localvoice.scheduler.enabled=false} turns
 * it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "localvoice.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> taskBeans,
            @Value("${localvoice.scheduler.poll-interval:10s}") String pollInterval,
            @Value("${localvoice.scheduler.threads:2}") int threads) {
        return build(dataSource, taskBeans.orderedStream().toList(), DurationStyle.detectAndParse(pollInterval), threads);
    }

    /** Recurring tasks are registered through {@code startTasks} (which also schedules them), the rest directly. */
    static Scheduler build(DataSource dataSource, List<Task<?>> tasks, Duration pollInterval, int threads) {
        List<RecurringTask<?>> recurring = tasks.stream()
                .filter(RecurringTask.class::isInstance).<RecurringTask<?>>map(t -> (RecurringTask<?>) t).toList();
        List<Task<?>> others = tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
        return Scheduler.create(dataSource, others)
                .startTasks(recurring)
                .threads(threads)
                .pollingInterval(pollInterval)
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent event) {
        Scheduler scheduler = event.getApplicationContext().getBean(Scheduler.class);
        if (!scheduler.getSchedulerState().isStarted()) {
            scheduler.start();
            log.info("Scheduler started");
        }
    }
}
