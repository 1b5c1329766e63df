package org.terrortrade;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.junit.ArchTest;

import org.terrortrade.text.Messages;

/**
 * The shape of the code, checked on the compiled classes: packages are floors of a house (problem → text → markdown,
 * content → model → words → schema → page → svg, provenance → types → validate → site → bake, post, meta, verify →
 * build → cli, serve) and no floor reaches up to another that reaches down to it.
 *
 * <p>Rules are methods, not {@code ArchRule} fields: Maven Surefire 3.5.3 silently skips {@code @ArchTest} fields
 * (TNG/ArchUnit#1442).
 */
@ArchTag("unit")
@AnalyzeClasses(packages = "org.terrortrade", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Packages that import each other in a loop cannot be understood, tested or changed one at a time. */
    @ArchTest
    void noPackageCycles(JavaClasses classes) {
        slices().matching("org.terrortrade.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** JBake (and its OrientDB store) stays behind one seam, so an upgrade or a replacement touches one package. */
    @ArchTest
    void jbakeOnlyInBake(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackage("org.terrortrade.bake..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jbake..", "com.orientechnologies..").check(classes);
    }

    /** The model is plain data: it knows no page, type, template or step. */
    @ArchTest
    void modelIsData(JavaClasses classes) {
        noClasses().that().resideInAPackage("org.terrortrade.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.terrortrade.types..", "org.terrortrade.page..",
                    "org.terrortrade.site..", "org.terrortrade.validate..", "org.terrortrade.provenance..",
                    "org.terrortrade.schema..", "org.terrortrade.bake..", "org.terrortrade.build..").check(classes);
    }

    /**
     * The model is data, not words: no model class reads the interface text, neither {@code text.Messages} nor a text
     * class made from the bundles ({@code ArabicText}, {@code Dates}, {@code Counted}). It keeps kinds, statuses and
     * voices as values; the layers that show them put them into words ({@code words.ModelWords}, {@code site.UiText}),
     * a floor the model does not reach either. The text algorithms that use no bundle ({@code ArabicNormalizer},
     * {@code AliasMatcher}) are the model's to use.
     */
    @ArchTest
    void modelKnowsNoInterfaceText(JavaClasses classes) {
        DescribedPredicate<JavaClass> interfaceText = DescribedPredicate.describe(
                "are the interface text (text.Messages, a text class that reads it, or the words package)",
                c -> c.isEquivalentTo(Messages.class) || c.getPackageName().startsWith("org.terrortrade.words")
                        || c.getPackageName().startsWith("org.terrortrade.text")
                        && c.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass().isEquivalentTo(Messages.class)));
        noClasses().that().resideInAPackage("org.terrortrade.model..")
            .should().dependOnClassesThat(interfaceText).check(classes);
    }

    /**
     * The steps after the pages step read a page's kind ({@code page.PageKind} and the listings it implements), never
     * its content type: what a type decides is decided once, when its page is made.
     */
    @ArchTest
    void laterStepsReadPagesNotTypes(JavaClasses classes) {
        noClasses().that().resideInAnyPackage("org.terrortrade.page..", "org.terrortrade.bake..", "org.terrortrade.post..",
                "org.terrortrade.meta..", "org.terrortrade.verify..")
            .should().dependOnClassesThat().resideInAPackage("org.terrortrade.types..").check(classes);
    }

    /** Problems and their reporting are the ground floor: every step reports through them. */
    @ArchTest
    void problemsAreTheGroundFloor(JavaClasses classes) {
        noClasses().that().resideInAPackage("org.terrortrade.problem..")
            .should().dependOnClassesThat().resideInAnyPackage("org.terrortrade.content..", "org.terrortrade.model..",
                    "org.terrortrade.types..", "org.terrortrade.validate..", "org.terrortrade.build..").check(classes);
    }

    /** Only the command line and serve mode drive a build; no step starts another. */
    @ArchTest
    void stepsDoNotDriveTheBuild(JavaClasses classes) {
        noClasses().that().resideOutsideOfPackages("org.terrortrade.build..",
            "org.terrortrade.cli..", "org.terrortrade.serve..")
            .should().dependOnClassesThat().resideInAnyPackage("org.terrortrade.build..", "org.terrortrade.cli..",
                    "org.terrortrade.serve..").check(classes);
    }
}
