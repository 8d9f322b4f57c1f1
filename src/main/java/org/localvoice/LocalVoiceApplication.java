package org.localvoice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.modulith.Modulithic;

/** Local Voice: one modular monolith serving many Local Involvement Networks. */
@Modulithic(systemName = "Local Voice", sharedModules = "shared")
/*
 * Beans are named by their fully qualified class name: modules are free to use the same simple names
 * (every module may have its own SettingsController); a bean used by name in a template names itself.
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class LocalVoiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(LocalVoiceApplication.class, args);
    }
}
