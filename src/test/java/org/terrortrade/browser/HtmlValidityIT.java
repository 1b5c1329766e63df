package org.terrortrade.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu Html Checker (the W3C validator's engine, as a library) finds no error in any page, stylesheet or SVG.
 *
 * Nothing is set aside: the checker is a current release ({@code nu.validator:validator} 26.5.2) and knows the CSS
 * this design uses.
 */
@Tag("browser")
class HtmlValidityIT {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";
    private static final String SVG_SCHEMA = "http://s.validator.nu/svg-xhtml5-rdf-mathml.rnc";

    static Stream<String> files() {
        try (Stream<Path> walk = Files.walk(Browser.SITE)) {
            return walk.map(p -> Browser.SITE.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".html") || p.endsWith(".css") || p.endsWith(".svg")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void hasNoErrors(String file) throws Exception {
        assertEquals(List.of(), errors(Browser.SITE.resolve(file), file), file);
    }

    /** The checker's errors in one HTML, CSS or SVG file ({@code name}: how they name it). */
    static List<String> errors(Path path, String name) throws Exception {
        String file = name;
        Errors errors = new Errors(file);
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(file.endsWith(".svg") ? SVG_SCHEMA : HTML_SCHEMA, errors);
        validator.setUpValidatorAndParsers(errors, true, false);
        if (file.endsWith(".html")) {
            validator.checkHtmlFile(path.toFile(), true);
        } else if (file.endsWith(".css")) {
            validator.checkCssFile(path.toFile(), true);
        } else {
            validator.checkXmlFile(path.toFile());
        }
        return errors.found;
    }

    /** Keeps errors (with line and column); warnings are advice, not failures. */
    private static final class Errors implements ErrorHandler {
        private final String file;
        private final List<String> found = new ArrayList<>();

        Errors(String file) {
            this.file = file;
        }

        @Override
        public void warning(SAXParseException e) {
            // Advice such as "consider adding a lang attribute" is not an error.
        }

        @Override
        public void error(SAXParseException e) {
            found.add(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
