package org.localvoice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SchedulingConfigurationTests {

    @Autowired
    Scheduler scheduler;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApplicationsSchedulerIsRunning() {
        assertThat(scheduler.getSchedulerState().isStarted()).isTrue();
        assertThat(scheduler.getSchedulerState().isShuttingDown()).isFalse();
    }

    @Test
    void runsRecurringTasksThroughTheScheduledTasksTable() throws Exception {
        CountDownLatch ran = new CountDownLatch(2);
        Task<?> task = Tasks.recurring("scheduling-test-heartbeat", FixedDelay.ofMillis(200))
                .execute((instance, context) -> ran.countDown());
        Scheduler testScheduler = SchedulingConfiguration.build(dataSource, List.of(task), Duration.ofMillis(200), 1);
        testScheduler.start();
        try {
            assertThat(ran.await(60, TimeUnit.SECONDS)).as("the task ran twice").isTrue();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = ?", Integer.class,
                    "scheduling-test-heartbeat")).isEqualTo(1);
        } finally {
            testScheduler.stop();
        }
    }
}
