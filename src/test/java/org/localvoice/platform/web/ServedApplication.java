package org.localvoice.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real web server (random port, in-memory H2, demo data), for tests that
 * need what MockMvc does not do: error pages (the servlet container's error dispatch) and browsers.
 * Every test class so annotated shares one application context. It includes {@link FailingPages}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(FailingPages.class)
public @interface ServedApplication {
}
