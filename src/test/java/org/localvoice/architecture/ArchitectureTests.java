package org.localvoice.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import jakarta.persistence.Entity;
import org.localvoice.shared.NationalRecord;
import org.localvoice.shared.TenantOwnedEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * House rules that Spring Modulith's {@code verify()} does not cover. A module is the first package
 * under {@code org.localvoice}.
 */
@AnalyzeClasses(packages = "org.localvoice", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    static final String ROOT = "org.localvoice.";

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("..web..")
            .because("page and API controllers belong in a module's web package");

    @ArchTest
    static final ArchRule entitiesAndRepositoriesAreUsedOnlyInsideTheirModule = classes()
            .that(entitiesOrRepositories())
            .should(beUsedOnlyFromTheirOwnModule())
            .because("other modules go through the module's facade and refer to its records by id");

    @ArchTest
    static final ArchRule everyEntityIsTenantOwnedOrADeclaredNationalRecord = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().beAssignableTo(TenantOwnedEntity.class)
            .orShould().beAnnotatedWith(NationalRecord.class)
            .because("a record belongs to one network unless it says why it is national");

    @ArchTest
    static final ArchRule nothingDependsOnPlatform = noClasses()
            .that().resideOutsideOfPackage("org.localvoice.platform..")
            .should().dependOnClassesThat().resideInAPackage("org.localvoice.platform..")
            .because("platform is wiring only");

    @ArchTest
    static final ArchRule noFieldInjection = GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;

    @ArchTest
    static final ArchRule noStandardStreamsOrPrintStackTrace = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("use a logger (System.out, System.err and printStackTrace bypass logging)");

    @ArchTest
    static final ArchRule domainDoesNotDependOnWeb = noClasses()
            .that().resideInAPackage("org.localvoice..domain..")
            .should().dependOnClassesThat().resideInAPackage("org.localvoice..web..")
            .because("the domain knows nothing of pages and the API");

    static String moduleOf(JavaClass type) {
        String name = type.getPackageName() + ".";
        if (!name.startsWith(ROOT)) {
            return name;
        }
        String rest = name.substring(ROOT.length());
        return rest.isEmpty() ? "" : rest.substring(0, rest.indexOf('.'));
    }

    static DescribedPredicate<JavaClass> entitiesOrRepositories() {
        return DescribedPredicate.describe("are JPA entities or Spring Data repositories",
                c -> c.isAnnotatedWith(Entity.class)
                        || c.isAssignableTo(org.springframework.data.repository.Repository.class) && c.isInterface());
    }

    static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnModule() {
        return new ArchCondition<>("be used only from their own module") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String module = moduleOf(type);
                for (Dependency d : type.getDirectDependenciesToSelf()) {
                    JavaClass user = d.getOriginClass();
                    if (!moduleOf(user).equals(module)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()
                                + " (module '" + moduleOf(user) + "' uses '" + module + "' internals)"));
                    }
                }
            }
        };
    }
}
