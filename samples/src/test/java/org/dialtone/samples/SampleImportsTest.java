package org.dialtone.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The samples are JTAPI applications: they must run on any vendor's provider, so they name nothing
 * of Dialtone's but their own package. Only the demo may reach the sim switch.
 */
class SampleImportsTest {
    private static final Path SAMPLES = Path.of("src/main/java/org/dialtone/samples");
    private static final Pattern DIALTONE_NAME = Pattern.compile("\\borg\\.dialtone\\.(\\w+)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(static\\s+)?([\\w.]+)");

    private static List<String> foreignNames(Path source, List<String> allowedDialtonePackages) throws IOException {
        String text = Files.readString(source);
        List<String> foreign = new ArrayList<>();
        Matcher imports = IMPORT.matcher(text);
        while (imports.find()) {
            String name = imports.group(2);
            if (!name.startsWith("java.") && !name.startsWith("javax.telephony.") && !name.startsWith("org.dialtone.")) {
                foreign.add(source.getFileName() + " imports " + name);
            }
        }
        Matcher dialtone = DIALTONE_NAME.matcher(text);
        while (dialtone.find()) {
            if (!allowedDialtonePackages.contains(dialtone.group(1))) {
                foreign.add(source.getFileName() + " names org.dialtone." + dialtone.group(1));
            }
        }
        return foreign;
    }

    private static List<Path> javaFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void samplesUseOnlyJavaAndJavaxTelephony() throws IOException {
        List<Path> samples = javaFiles(SAMPLES);
        List<String> foreign = new ArrayList<>();
        for (Path sample : samples) {
            foreign.addAll(foreignNames(sample, List.of("samples")));
        }

        assertThat(samples).extracting(path -> path.getFileName().toString())
                .contains("CallMonitor.java", "ClickToDial.java", "AttendantConsole.java", "Distributor.java");
        assertThat(foreign).isEmpty();
    }

    @Test
    void theDemoReachesNoFurtherThanTheSimSwitchsScriptingApi() throws IOException {
        List<String> foreign = new ArrayList<>();
        for (Path demo : javaFiles(SAMPLES.resolve("demo"))) {
            foreign.addAll(foreignNames(demo, List.of("samples", "sim")));
        }

        assertThat(foreign).isEmpty();
    }
}
