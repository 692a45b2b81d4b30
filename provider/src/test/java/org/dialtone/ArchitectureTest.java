package org.dialtone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the one-way flow of DESIGN.md: backends never see the model, the model never sees a backend's insides. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/dialtone");

    @Test
    void backendsDoNotImportTheModelOrTheEvents() throws IOException {
        assertThat(importsMatching("internal/backend", "org.dialtone.internal.model", "org.dialtone.internal.event"))
                .isEmpty();
    }

    @Test
    void theModelKnowsBackendsOnlyThroughTheSpi() throws IOException {
        assertThat(importsMatching("internal/model", "org.dialtone.internal.backend.sim",
                "org.dialtone.internal.backend.sip", "org.dialtone.sim", "gov.nist", "javax.sip")).isEmpty();
    }

    @Test
    void theEventPackageDoesNotReachIntoTheModel() throws IOException {
        assertThat(importsMatching("internal/event", "org.dialtone.internal.model",
                "org.dialtone.internal.backend")).isEmpty();
    }

    /** Lines {@code file: import ...} of the files under {@code dir} that import a forbidden package. */
    private static List<String> importsMatching(String dir, String... forbidden) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve(dir))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    for (String prefix : forbidden) {
                        if (line.startsWith("import " + prefix + ".") || line.startsWith("import static " + prefix + ".")) {
                            found.add(SOURCES.relativize(file) + ": " + line);
                        }
                    }
                }
            }
        }
        return found;
    }
}
