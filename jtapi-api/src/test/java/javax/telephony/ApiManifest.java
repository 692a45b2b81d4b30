package javax.telephony;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the API manifest of compiled {@code javax.telephony} classes by reflection, in the same
 * one-item-a-line format as {@code jtapi-1.4.sig}, and compares two manifests.
 *
 * <p>Format, per line: {@code T|interface[|mods=protected]|extends=I1,I2},
 * {@code T|class|mods=M|extends=S|implements=I1,I2}, {@code T#<init>(P)|mods=M|throws=E},
 * {@code T#name(P)R|mods=M|throws=E}, {@code T#NAME:type=VALUE|mods=M} for compile-time
 * constants and {@code T#name:type|mods=M} for other fields. Only public types and their public or
 * protected members count; mods are written in the order protected, static, final, abstract and
 * omitted when empty (except on class lines); lists are sorted.
 */
final class ApiManifest {
    static final String PACKAGE_PREFIX = "javax.telephony.";

    private ApiManifest() {
    }

    /** The manifest of every public type whose class file sits beside {@code anchor}'s. */
    static SortedSet<String> ofClassesBeside(Class<?> anchor) {
        SortedSet<String> lines = new TreeSet<>();
        for (String name : classNames(anchor)) {
            lines.addAll(itemsOf(load(name)));
        }
        return lines;
    }

    /** The manifest items of one class: its type line and one line per API member. */
    static List<String> itemsOf(Class<?> type) {
        List<String> lines = new ArrayList<>();
        if (!isApiType(type)) {
            return lines;
        }
        lines.add(typeLine(type));
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (isApi(c)) {
                lines.add(type.getName() + "#<init>(" + params(c) + ")" + modsPart(c) + throwsPart(c));
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (isApi(m)) {
                lines.add(type.getName() + "#" + m.getName() + "(" + params(m) + ")"
                        + m.getReturnType().getTypeName() + modsPart(m) + throwsPart(m));
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (isApi(f)) {
                lines.add(type.getName() + "#" + f.getName() + ":" + f.getType().getTypeName()
                        + constantPart(f) + modsPart(f));
            }
        }
        return lines;
    }

    /** Reads a manifest resource, leaving out comments and blank lines. */
    static SortedSet<String> read(InputStream in) {
        SortedSet<String> lines = new TreeSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Items of {@code expected} absent from {@code actual}, as "- item", then extras, as "+ item". */
    static List<String> diff(SortedSet<String> expected, SortedSet<String> actual) {
        List<String> out = new ArrayList<>();
        expected.stream().filter(l -> !actual.contains(l)).forEach(l -> out.add("- " + l));
        actual.stream().filter(l -> !expected.contains(l)).forEach(l -> out.add("+ " + l));
        return out;
    }

    private static String typeLine(Class<?> type) {
        int mods = type.getModifiers();
        if (type.isInterface()) {
            String protectedPart = Modifier.isProtected(mods) ? "|mods=protected" : "";
            return type.getName() + "|interface" + protectedPart + "|extends=" + sortedNames(type.getInterfaces());
        }
        return type.getName() + "|class|mods=" + mods(mods, false) + "|extends="
                + type.getSuperclass().getName() + "|implements=" + sortedNames(type.getInterfaces());
    }

    private static boolean isApiType(Class<?> type) {
        if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
            return false;
        }
        int mods = type.getModifiers();
        if (type.isMemberClass()) {
            return (Modifier.isPublic(mods) || Modifier.isProtected(mods)) && isApiType(type.getEnclosingClass());
        }
        return Modifier.isPublic(mods);
    }

    private static boolean isApi(Member m) {
        return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
    }

    private static String params(Executable e) {
        return Arrays.stream(e.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(","));
    }

    private static String throwsPart(Executable e) {
        return "|throws=" + sortedNames(e.getExceptionTypes());
    }

    private static String modsPart(Member m) {
        boolean interfaceMethod = m instanceof Method && m.getDeclaringClass().isInterface();
        String mods = mods(m.getModifiers(), interfaceMethod);
        return mods.isEmpty() ? "" : "|mods=" + mods;
    }

    private static String mods(int mods, boolean dropAbstract) {
        List<String> kept = new ArrayList<>();
        if (Modifier.isProtected(mods)) {
            kept.add("protected");
        }
        if (Modifier.isStatic(mods)) {
            kept.add("static");
        }
        if (Modifier.isFinal(mods)) {
            kept.add("final");
        }
        if (Modifier.isAbstract(mods) && !dropAbstract) {
            kept.add("abstract");
        }
        return String.join(",", kept);
    }

    // A static final field of primitive or String type holds a compile-time constant in this API;
    // its value is written the way javap -constants spells it.
    private static String constantPart(Field f) {
        int mods = f.getModifiers();
        Class<?> t = f.getType();
        if (!Modifier.isStatic(mods) || !Modifier.isFinal(mods) || !(t.isPrimitive() || t == String.class)) {
            return "";
        }
        try {
            f.setAccessible(true);
            Object value = f.get(null);
            return "=" + (value instanceof String ? quote((String) value) : spell(value));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read constant " + f, e);
        }
    }

    private static String spell(Object value) {
        if (value instanceof Long) {
            return value + "l";
        }
        if (value instanceof Float) {
            return value + "f";
        }
        if (value instanceof Double) {
            return value + "d";
        }
        if (value instanceof Character) {
            return "'" + value + "'";
        }
        return String.valueOf(value);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\t': b.append("\\t"); break;
                default: b.append(c);
            }
        }
        return b.append('"').toString();
    }

    private static String sortedNames(Class<?>[] types) {
        return Arrays.stream(types).map(Class::getName).sorted().collect(Collectors.joining(","));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiManifest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("listed but not loadable: " + name, e);
        }
    }

    /** Names of the javax.telephony classes in the directory or jar that holds {@code anchor}. */
    private static List<String> classNames(Class<?> anchor) {
        try {
            Path root = Paths.get(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> entries;
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    entries = walk.filter(Files::isRegularFile)
                            .map(p -> root.relativize(p).toString().replace(root.getFileSystem().getSeparator(), "/"))
                            .collect(Collectors.toList());
                }
            } else {
                try (JarFile jar = new JarFile(root.toFile())) {
                    entries = jar.stream().map(e -> e.getName()).collect(Collectors.toList());
                }
            }
            return entries.stream()
                    .filter(e -> e.endsWith(".class") && !e.endsWith("package-info.class") && !e.endsWith("module-info.class"))
                    .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
                    .filter(n -> n.startsWith(PACKAGE_PREFIX))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
