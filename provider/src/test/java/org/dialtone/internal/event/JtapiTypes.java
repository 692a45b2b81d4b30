package org.dialtone.internal.event;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.telephony.events.Ev;

/**
 * Finds the types of a JTAPI package by listing the jtapi-api jar (or classes directory), so the
 * coverage tests do not depend on a hand-made list that could miss an interface.
 */
final class JtapiTypes {
    private JtapiTypes() {
    }

    /** Returns the top-level public interfaces of the package, sorted by name. */
    static List<Class<?>> interfacesIn(String packageName) {
        String prefix = packageName.replace('.', '/') + '/';
        List<Class<?>> types = new ArrayList<>();
        for (String entry : classEntries()) {
            String rest = entry.startsWith(prefix) ? entry.substring(prefix.length()) : null;
            if (rest != null && !rest.contains("/") && !rest.contains("$")) {
                Class<?> type = load(entry);
                if (type.isInterface()) {
                    types.add(type);
                }
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    /** Returns the interfaces of the list that no other interface of the list extends. */
    static List<Class<?>> leaves(List<Class<?>> types) {
        return types.stream()
                .filter(type -> types.stream().noneMatch(
                        other -> other != type && type.isAssignableFrom(other)))
                .toList();
    }

    private static List<String> classEntries() {
        try {
            Path root = Path.of(Ev.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    return files.filter(file -> file.toString().endsWith(".class"))
                            .map(file -> root.relativize(file).toString().replace('\\', '/'))
                            .toList();
                }
            }
            try (JarFile jar = new JarFile(root.toFile())) {
                return jar.stream().map(entry -> entry.getName())
                        .filter(name -> name.endsWith(".class")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String entry) {
        String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
