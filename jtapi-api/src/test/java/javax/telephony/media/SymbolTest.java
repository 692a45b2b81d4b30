package javax.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.telephony.media.symbols.Format1;
import javax.telephony.media.symbols.R2Symbol;
import org.junit.jupiter.api.Test;

class SymbolTest {
    private static final String VALUES_RESOURCE = "/jtapi-1.4-symbol-values.txt";

    @Test
    void getSymbolReturnsTheSameInstanceForTheSameCode() {
        assertThat(Symbol.getSymbol(0x00100010)).isSameAs(Symbol.getSymbol(0x00100010));
        assertThat(Symbol.getSymbol(0x00100010)).isSameAs(R2Symbol.ASR_ActiveContexts);
    }

    @Test
    void getSymbolCreatesOneInstancePerCodeWhenThreadsRace() throws Exception {
        int code = 0x7ff00022;
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Symbol>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Symbol> task = () -> {
                    start.await();
                    return Symbol.getSymbol(code);
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            Symbol first = results.get(0).get();
            for (Future<Symbol> result : results) {
                assertThat(result.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void equalsAndHashCodeFollowTheCode() {
        Symbol symbol = Symbol.getSymbol(0x00120010);
        assertThat(symbol).isEqualTo(R2Symbol.ASR_ActiveWords);
        assertThat(symbol.hashCode()).isEqualTo(0x00120010);
        assertThat(symbol).isNotEqualTo(R2Symbol.ASR_ActiveRules);
        assertThat(symbol).isNotEqualTo(0x00120010);
        assertThat(symbol.equals(null)).isFalse();
    }

    @Test
    void intValueReturnsTheCodeIncludingTheTopBit() {
        assertThat(Symbol.getSymbol(0x80000000).intValue()).isEqualTo(0x80000000);
        assertThat(Symbol.getSymbol(0x80000000).hashCode()).isEqualTo(0x80000000);
        assertThat(R2Symbol.Language_Language.intValue()).isEqualTo(0x000100c0);
    }

    @Test
    void r2ConstantPrintsItsFieldName() {
        assertThat(R2Symbol.ASR_ActiveContexts).hasToString("ASR_ActiveContexts");
        assertThat(ASRConstants.p_ActiveContexts).hasToString("ASR_ActiveContexts");
    }

    @Test
    void codeWithSeveralR2NamesPrintsTheAlphabeticallyFirst() {
        assertThat(R2Symbol.ASR_GetFinalResults).isSameAs(R2Symbol.ASR_Final);
        assertThat(R2Symbol.ASR_GetFinalResults).hasToString("ASR_Final");
        assertThat(R2Symbol.Container_Filename).hasToString("Container_FileName");
    }

    @Test
    void getSymbolByNameFindsTheR2Constant() {
        assertThat(Symbol.getSymbol("ASR_ActiveContexts")).isSameAs(R2Symbol.ASR_ActiveContexts);
        assertThat(Symbol.getSymbol("Language_English")).isSameAs(R2Symbol.Language_English);
    }

    @Test
    void getSymbolByNameFindsOnlyThePrintedAliasOfASharedCode() {
        assertThat(Symbol.getSymbol("ASR_Final")).isSameAs(R2Symbol.ASR_Final);
        assertThat(Symbol.getSymbol("ASR_GetFinalResults")).isNull();
    }

    @Test
    void getSymbolByUnknownNameReturnsNull() {
        assertThat(Symbol.getSymbol("NoSuchSymbol")).isNull();
        assertThat(Symbol.getSymbol("")).isNull();
        assertThat(Symbol.getSymbol("Symbol(1.2)")).isNull();
        assertThat(Symbol.getSymbol("Symbol(0xZZ)")).isNull();
    }

    @Test
    void getSymbolByNullNameThrowsNullPointerException() {
        assertThatThrownBy(() -> Symbol.getSymbol((String) null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
    }

    @Test
    void unnamedStandardCodePrintsAFormThatGetSymbolParsesBack() {
        Symbol unnamed = Symbol.getSymbol(0x03e70010); // item 999 of ASR, which R2 does not name

        assertThat(unnamed).hasToString("Symbol(ECTF.ASR.999)");
        assertThat(Symbol.getSymbol(unnamed.toString())).isSameAs(unnamed);
    }

    @Test
    void unnamedVendorCodePrintsAFormThatGetSymbolParsesBack() {
        Symbol unnamed = Format1.f1symbol(3999, 7, 200);

        assertThat(unnamed).hasToString("Symbol(3999.7.200)");
        assertThat(Symbol.getSymbol("Symbol(3999.7.200)")).isSameAs(unnamed);
    }

    @Test
    void setNameChangesWhatTheSymbolPrints() {
        Symbol symbol = Format1.f1symbol(3999, 9, 1);

        symbol.setName("SymbolTest_Renamed");

        assertThat(symbol).hasToString("SymbolTest_Renamed");
        assertThat(Symbol.getSymbol("SymbolTest_Renamed")).isSameAs(symbol);
    }

    @Test
    void serializationRoundTripGivesTheInternedInstance() throws Exception {
        Symbol named = R2Symbol.ASR_ActiveContexts;
        Symbol unnamed = Format1.f1symbol(3999, 8, 8);

        Object[] copy = (Object[]) deserialize(serialize(new Object[] {named, unnamed, named}));

        assertThat(copy[0]).isSameAs(named);
        assertThat(copy[1]).isSameAs(unnamed);
        assertThat(copy[2]).isSameAs(named);
    }

    @Test
    void everyListedConstantHasItsCode() throws Exception {
        Map<String, Integer> listed = listedConstants();
        assertThat(listed).hasSize(1880);

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : listed.entrySet()) {
            String[] ownerAndField = entry.getKey().split("#");
            Field field = Class.forName(ownerAndField[0]).getDeclaredField(ownerAndField[1]);
            Symbol symbol = (Symbol) field.get(null);
            if (symbol == null || symbol.intValue() != entry.getValue()) {
                wrong.add(entry.getKey() + " is " + symbol);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyStaticFinalSymbolFieldOfTheApiIsListed() throws Exception {
        Set<String> found = new TreeSet<>();
        for (Class<?> type : apiClasses()) {
            for (Field field : type.getDeclaredFields()) {
                int mods = field.getModifiers();
                if (field.getType() == Symbol.class && Modifier.isStatic(mods) && Modifier.isFinal(mods)
                        && (Modifier.isPublic(mods) || Modifier.isProtected(mods))) {
                    found.add(type.getName() + "#" + field.getName());
                }
            }
        }
        assertThat(found).hasSize(1880).containsExactlyInAnyOrderElementsOf(listedConstants().keySet());
    }

    @Test
    void namesResolveWhenSymbolIsUsedBeforeR2SymbolIsLoaded() throws Exception {
        try (URLClassLoader fresh = freshLoader()) {
            Class<?> symbolClass = fresh.loadClass(Symbol.class.getName());
            Method getSymbol = symbolClass.getMethod("getSymbol", int.class);

            Object symbol = getSymbol.invoke(null, 0x00100010);

            assertThat(symbol).hasToString("ASR_ActiveContexts");
        }
    }

    @Test
    void namesResolveWhenAConstantsInterfaceIsLoadedFirst() throws Exception {
        try (URLClassLoader fresh = freshLoader()) {
            Class<?> constants = fresh.loadClass(ASRConstants.class.getName());

            Object symbol = constants.getField("p_ActiveContexts").get(null);

            assertThat(symbol).hasToString("ASR_ActiveContexts");
        }
    }

    // ---- helpers

    /** Owner#field to code, from the test resource. */
    private static Map<String, Integer> listedConstants() throws IOException {
        Map<String, Integer> listed = new LinkedHashMap<>();
        try (InputStream in = SymbolTest.class.getResourceAsStream(VALUES_RESOURCE)) {
            assertThat(in).as(VALUES_RESOURCE + " on the test classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // Owner#field:javax.telephony.media.Symbol=0xCODE
                int colon = line.indexOf(':');
                int equals = line.lastIndexOf('=');
                listed.put(line.substring(0, colon),
                        Integer.parseUnsignedInt(line.substring(equals + 3), 16));
            }
        }
        return listed;
    }

    /** Every public class of the API, found in the directory (or jar) Symbol.class came from. */
    private static List<Class<?>> apiClasses() throws Exception {
        Path root = Path.of(Symbol.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(root.resolve("javax/telephony"))) {
            names = files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - 6).replace('/', '.'))
                    .collect(Collectors.toList());
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, SymbolTest.class.getClassLoader());
            if (Modifier.isPublic(type.getModifiers())) {
                classes.add(type);
            }
        }
        return classes;
    }

    /** A loader that sees only the API classes, so they are loaded and initialised afresh. */
    private static URLClassLoader freshLoader() throws Exception {
        URL classes = Symbol.class.getProtectionDomain().getCodeSource().getLocation();
        return new URLClassLoader(new URL[] {classes}, null);
    }

    private static byte[] serialize(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
