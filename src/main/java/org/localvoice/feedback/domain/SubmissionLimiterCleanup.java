package org.localvoice.feedback.domain;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Once an hour, on one node, the rate limit's old windows are deleted. */
@Configuration(proxyBeanMethods = false)
class SubmissionLimiterCleanup {

    @Bean
    RecurringTask<Void> feedbackSubmissionWindowCleanup(SubmissionLimiter limiter) {
        return Tasks.recurring("feedback-submission-window-cleanup", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> limiter.forgetOld());
    }
}
