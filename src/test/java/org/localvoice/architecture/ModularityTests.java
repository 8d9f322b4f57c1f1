package org.localvoice.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.localvoice.LocalVoiceApplication;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules (top-level packages under {@code org.localvoice}) depend on each other only through
 * their base packages and as each declares in {@code allowedDependencies}, with no cycles.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(LocalVoiceApplication.class);

    @Test
    void modulesDependOnlyOnWhatTheyDeclareThroughPublicApis() {
        MODULES.verify();
    }

    /** C4 component diagrams (PlantUML) and module canvases under {@code target/modulith-docs}; not committed. */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Path.of("target/modulith-docs/components.puml")).exists();
        MODULES.forEach(m -> assertThat(Path.of("target/modulith-docs/module-" + m.getIdentifier() + ".adoc")).exists());
    }
}
