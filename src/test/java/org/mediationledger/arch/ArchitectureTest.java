package org.mediationledger.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of docs/architecture.md: ui/cli -> service -> store -> model; app composes; the model depends on nothing. */
@AnalyzeClasses(packages = "org.mediationledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("app").definedBy("org.mediationledger.app..")
            .layer("ui").definedBy("org.mediationledger.ui..")
            .layer("cli").definedBy("org.mediationledger.cli..")
            .layer("service").definedBy("org.mediationledger.service..")
            .layer("store").definedBy("org.mediationledger.store..")
            .layer("model").definedBy("org.mediationledger.model..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("app", "ui", "cli")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "service")
            .whereLayer("model").mayOnlyBeAccessedByLayers("app", "ui", "cli", "service", "store");

    @ArchTest
    static final ArchRule uiAndCliNeverSeeTheDatabase = noClasses().that()
            .resideInAnyPackage("org.mediationledger.ui..", "org.mediationledger.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..",
                    "org.mediationledger.store..");

    @ArchTest
    static final ArchRule modelIsPure = noClasses().that().resideInAPackage("org.mediationledger.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "org.h2..",
                    "java.io..", "java.nio..", "org.controlsfx..", "com.fasterxml..");

    @ArchTest
    static final ArchRule servicesHaveNoJavaFx = noClasses().that()
            .resideInAnyPackage("org.mediationledger.service..", "org.mediationledger.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");
}
