package dev.traverse.e2e;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The module rules that keep Traverse's parts replaceable and its engine testable without a UI or a network. */
@AnalyzeClasses(packages = "dev.traverse", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineHasNoUiOrNetworkClients = noClasses()
            .that().resideInAPackage("dev.traverse.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fabric8..", "org.eclipse.paho..",
                    "com.hivemq..", "atlantafx..", "org.controlsfx..", "org.kordamp..", "picocli..")
            .because("the engine is pure Java: the designer, the CLI, the connectors and tests all run it the same way,"
                    + " and it must run headless on a worker thread");

    @ArchTest
    static final ArchRule engineDoesNotKnowItsUsers = noClasses()
            .that().resideInAPackage("dev.traverse.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.traverse.app..", "dev.traverse.canvas..",
                    "dev.traverse.connectors..", "dev.traverse.themes..")
            .because("dependencies point towards the engine, never out of it");

    @ArchTest
    static final ArchRule modelDoesNoIo = noClasses()
            .that().resideInAPackage("dev.traverse.engine.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.traverse.engine.io..", "java.nio.file..",
                    "com.fasterxml.jackson..")
            .because("the model is plain immutable data; reading and writing files is the io package's job");

    @ArchTest
    static final ArchRule placementPackagesFormNoCycles = slices()
            .matching("dev.traverse.engine.placement.(*)..")
            .should().beFreeOfCycles()
            .because("each stage of placement (problem, framework, plugins, construct, improve, incremental, bound,"
                    + " explain) builds on the ones before it, so each can be read and changed on its own");

    @ArchTest
    static final ArchRule connectorsHaveNoUi = noClasses()
            .that().resideInAPackage("dev.traverse.connectors..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "dev.traverse.app..")
            .because("connectors run in the CLI and in CI pipelines too; callbacks queue events, the app shows them")
            .allowEmptyShould(true); // until the first connector lands

    @ArchTest
    static final ArchRule canvasKnowsNoPlacementOrConnectors = noClasses()
            .that().resideInAPackage("dev.traverse.canvas..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.traverse.connectors..", "dev.traverse.app..")
            .because("the canvas is a reusable control that shows a model and raises edit intents")
            .allowEmptyShould(true); // until the canvas lands
}
