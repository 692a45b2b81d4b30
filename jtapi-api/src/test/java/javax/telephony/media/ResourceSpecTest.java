package javax.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Dictionary;
import java.util.Hashtable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Symbols are interned, so these tests compare them by identity. */
class ResourceSpecTest {

    /** A vendor resource interface that has no v_Class symbol. */
    interface VendorResource extends Resource {
    }

    private static Hashtable<Object, Object> dictionary(Object key, Object value) {
        Hashtable<Object, Object> dictionary = new Hashtable<>();
        dictionary.put(key, value);
        return dictionary;
    }

    // --- naming the resource by class ---

    @Test
    void classConstructorNamesResourceByItsInterface() {
        ResourceSpec spec = new ResourceSpec(Player.class, null, null);

        assertThat(spec.getResourceClass()).isEqualTo(Player.class);
        assertThat(spec.getName()).isEqualTo("javax.telephony.media.Player");
        assertThat(spec.getResourceSymbol()).isSameAs(PlayerConstants.v_Class);
        assertThat(spec.getSelectionAttributes()).isNull();
        assertThat(spec.getInitialParameters()).isNull();
    }

    @Test
    void classConstructorGivesNoSymbolForAnInterfaceWithoutClassSymbol() {
        ResourceSpec spec = new ResourceSpec(VendorResource.class, null, null);

        assertThat(spec.getResourceClass()).isEqualTo(VendorResource.class);
        assertThat(spec.getResourceSymbol()).isNull();
    }

    @Test
    void classConstructorRejectsNullClass() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResourceSpec((Class<?>) null, null, null))
                .withMessageContaining("null");
    }

    @Test
    void classConstructorRejectsClassThatIsNotAResource() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResourceSpec(String.class, null, null))
                .withMessageContaining("java.lang.String")
                .withMessageContaining("Resource");
    }

    @Test
    void selectionAttributesAndInitialParametersAreKept() {
        ResourceSpec spec = new ResourceSpec(Recorder.class, dictionary("codec", "g711"),
                dictionary("gain", 3));

        assertThat(spec.getSelectionAttributes().get("codec")).isEqualTo("g711");
        assertThat(spec.getSelectionAttributes().size()).isEqualTo(1);
        assertThat(spec.getInitialParameters().get("gain")).isEqualTo(3);
        assertThat(spec.getInitialParameters().size()).isEqualTo(1);
    }

    @Test
    void dictionariesAreCopiedOnTheWayInAndOut() {
        Hashtable<Object, Object> attributes = dictionary("codec", "g711");
        Hashtable<Object, Object> parameters = dictionary("gain", 3);
        ResourceSpec spec = new ResourceSpec(Recorder.class, attributes, parameters);

        attributes.put("codec", "changed");
        parameters.clear();
        @SuppressWarnings("unchecked")
        Dictionary<Object, Object> handedOut = spec.getSelectionAttributes();
        handedOut.put("extra", "x");

        assertThat(spec.getSelectionAttributes().get("codec")).isEqualTo("g711");
        assertThat(spec.getSelectionAttributes().get("extra")).isNull();
        assertThat(spec.getInitialParameters().get("gain")).isEqualTo(3);
    }

    // --- naming the resource by class name ---

    @Test
    void classNameConstructorLoadsTheNamedInterface() throws Exception {
        ResourceSpec spec = new ResourceSpec("javax.telephony.media.SignalDetector",
                dictionary("k", "v"), null);

        assertThat(spec.getResourceClass()).isEqualTo(SignalDetector.class);
        assertThat(spec.getName()).isEqualTo("javax.telephony.media.SignalDetector");
        assertThat(spec.getResourceSymbol()).isSameAs(SignalDetectorConstants.v_Class);
        assertThat(spec.getSelectionAttributes().get("k")).isEqualTo("v");
    }

    @Test
    void classNameConstructorFallsBackToItsOwnLoaderWhenTheContextLoaderCannotSeeTheClass()
            throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            ResourceSpec spec = new ResourceSpec("javax.telephony.media.ASR", null, null);

            assertThat(spec.getResourceClass()).isEqualTo(ASR.class);
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    @Test
    void classNameConstructorThrowsClassNotFoundForUnknownName() {
        assertThatThrownBy(() -> new ResourceSpec("com.example.NoSuchResource", null, null))
                .isInstanceOf(ClassNotFoundException.class)
                .hasMessageContaining("com.example.NoSuchResource");
    }

    @Test
    void classNameConstructorRejectsNullOrEmptyName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResourceSpec((String) null, null, null))
                .withMessageContaining("name");
        assertThatIllegalArgumentException().isThrownBy(() -> new ResourceSpec("", null, null))
                .withMessageContaining("name");
    }

    @Test
    void classNameConstructorRejectsClassThatIsNotAResource() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResourceSpec("java.lang.String", null, null))
                .withMessageContaining("java.lang.String");
    }

    // --- naming the resource by symbol ---

    @Test
    void symbolConstructorNamesResourceBySymbolWithoutClass() {
        Symbol symbol = SignalGeneratorConstants.v_Class;
        ResourceSpec spec = new ResourceSpec("tone maker", symbol, null, dictionary("p", 1));

        assertThat(spec.getName()).isEqualTo("tone maker");
        assertThat(spec.getResourceSymbol()).isSameAs(symbol);
        assertThat(spec.getResourceClass()).isNull();
        assertThat(spec.getSelectionAttributes()).isNull();
        assertThat(spec.getInitialParameters().get("p")).isEqualTo(1);
    }

    @Test
    void symbolConstructorAllowsNullName() {
        ResourceSpec spec = new ResourceSpec(null, ASRConstants.v_Class, null, null);

        assertThat(spec.getName()).isNull();
        assertThat(spec.getResourceSymbol()).isSameAs(ASRConstants.v_Class);
    }

    @Test
    void symbolConstructorRejectsNullSymbol() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResourceSpec("x", (Symbol) null, null, null))
                .withMessageContaining("symbol");
    }

    // --- predefined specs ---

    @Test
    void basicSpecsNameTheBasicResourceInterfaces() {
        assertThat(ResourceSpec.basicPlayer.getResourceClass()).isEqualTo(Player.class);
        assertThat(ResourceSpec.basicRecorder.getResourceClass()).isEqualTo(Recorder.class);
        assertThat(ResourceSpec.basicSignalDetector.getResourceClass())
                .isEqualTo(SignalDetector.class);
        assertThat(ResourceSpec.basicSignalGenerator.getResourceClass())
                .isEqualTo(SignalGenerator.class);
        assertThat(ResourceSpec.basicASR.getResourceClass()).isEqualTo(ASR.class);
    }

    @Test
    void basicSpecsCarryTheResourceClassSymbols() {
        assertThat(ResourceSpec.basicPlayer.getResourceSymbol()).isSameAs(PlayerConstants.v_Class);
        assertThat(ResourceSpec.basicRecorder.getResourceSymbol())
                .isSameAs(RecorderConstants.v_Class);
        assertThat(ResourceSpec.basicSignalDetector.getResourceSymbol())
                .isSameAs(SignalDetectorConstants.v_Class);
        assertThat(ResourceSpec.basicSignalGenerator.getResourceSymbol())
                .isSameAs(SignalGeneratorConstants.v_Class);
        assertThat(ResourceSpec.basicASR.getResourceSymbol()).isSameAs(ASRConstants.v_Class);
    }

    @Test
    void basicSpecsHaveNoAttributesOrParameters() {
        assertThat(ResourceSpec.basicPlayer.getSelectionAttributes()).isNull();
        assertThat(ResourceSpec.basicPlayer.getInitialParameters()).isNull();
    }

    @Test
    void basicAltPlayerRecorderIsAnAltOfBasicPlayerAndBasicRecorder() {
        assertThat(ResourceSpec.basicAltPlayerRecorder).isInstanceOf(ResourceSpec.Alt.class);
        ResourceSpec[] members =
                ((ResourceSpec.Operator) ResourceSpec.basicAltPlayerRecorder).getResourceSpecs();

        assertThat(members).containsExactly(ResourceSpec.basicPlayer, ResourceSpec.basicRecorder);
    }

    @Test
    void noneIsAnAndOfNothing() {
        assertThat(ResourceSpec.none).isInstanceOf(ResourceSpec.And.class);
        assertThat(((ResourceSpec.Operator) ResourceSpec.none).getResourceSpecs()).isEmpty();
    }

    @Test
    void operatorSymbolsAreTheKeyValueSetOperators() {
        assertThat(ResourceSpec.op_And).isSameAs(Symbol.getSymbol(0x001400b0));
        assertThat(ResourceSpec.op_Or).isSameAs(Symbol.getSymbol(0x001700b0));
        assertThat(ResourceSpec.op_Alt).isSameAs(Symbol.getSymbol(0x001300b0));
        assertThat(ResourceSpec.op_Add).isSameAs(Symbol.getSymbol(0x001200b0));
        assertThat(ResourceSpec.op_Future).isSameAs(Symbol.getSymbol(0x001500b0));
        assertThat(ResourceSpec.Operator.v_Class).isSameAs(Symbol.getSymbol(0x001100b0));
    }

    // --- operators ---

    @Test
    void eachOperatorIsIdentifiedByItsOperatorSymbol() {
        ResourceSpec[] two = {ResourceSpec.basicPlayer, ResourceSpec.basicSignalDetector};

        assertThat(new ResourceSpec.And(two).getResourceSymbol()).isSameAs(ResourceSpec.op_And);
        assertThat(new ResourceSpec.Or(two).getResourceSymbol()).isSameAs(ResourceSpec.op_Or);
        assertThat(new ResourceSpec.Alt(two).getResourceSymbol()).isSameAs(ResourceSpec.op_Alt);
        assertThat(new ResourceSpec.Add(two).getResourceSymbol()).isSameAs(ResourceSpec.op_Add);
        assertThat(new ResourceSpec.Future(two).getResourceSymbol())
                .isSameAs(ResourceSpec.op_Future);
    }

    @Test
    void operatorIsAResourceSpecForItsOwnClassWithoutDictionaries() {
        ResourceSpec.Or or = new ResourceSpec.Or(new ResourceSpec[] {ResourceSpec.basicASR});

        assertThat(or).isInstanceOf(Resource.class);
        assertThat(or.getResourceClass()).isEqualTo(ResourceSpec.Or.class);
        assertThat(or.getName()).isEqualTo(ResourceSpec.Or.class.getName());
        assertThat(or.getSelectionAttributes()).isNull();
        assertThat(or.getInitialParameters()).isNull();
    }

    @Test
    void operatorReturnsItsMembersInOrder() {
        ResourceSpec.And and = new ResourceSpec.And(new ResourceSpec[] {
            ResourceSpec.basicPlayer, ResourceSpec.basicAltPlayerRecorder, ResourceSpec.basicASR});

        assertThat(and.getResourceSpecs()).containsExactly(ResourceSpec.basicPlayer,
                ResourceSpec.basicAltPlayerRecorder, ResourceSpec.basicASR);
    }

    @Test
    void operatorMembersAreCopiedOnTheWayInAndOut() {
        ResourceSpec[] given = {ResourceSpec.basicPlayer, ResourceSpec.basicRecorder};
        ResourceSpec.Alt alt = new ResourceSpec.Alt(given);

        given[0] = ResourceSpec.basicASR;
        alt.getResourceSpecs()[1] = ResourceSpec.basicASR;

        assertThat(alt.getResourceSpecs())
                .containsExactly(ResourceSpec.basicPlayer, ResourceSpec.basicRecorder);
    }

    @Test
    void operatorRejectsNullArray() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ResourceSpec.And(null))
                .withMessageContaining("null");
    }

    @Test
    void operatorRejectsNullMemberNamingItsIndex() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ResourceSpec.Or(
                        new ResourceSpec[] {ResourceSpec.basicPlayer, null}))
                .withMessageContaining("[1]");
    }

    /** An operator a vendor might add. */
    static final class Exclusive extends ResourceSpec.Operator {
        Exclusive(ResourceSpec[] specs) {
            super(specs);
        }

        Exclusive(Symbol symbol, ResourceSpec[] specs) {
            super(symbol, specs);
        }
    }

    @Test
    void operatorBuiltWithoutSymbolIsIdentifiedByOperatorClassSymbol() {
        Exclusive exclusive = new Exclusive(new ResourceSpec[] {ResourceSpec.basicPlayer});

        assertThat(exclusive.getResourceSymbol()).isSameAs(ResourceSpec.Operator.v_Class);
        assertThat(exclusive.getResourceClass()).isEqualTo(Exclusive.class);
        assertThat(exclusive.getResourceSpecs()).containsExactly(ResourceSpec.basicPlayer);
    }

    @Test
    void operatorBuiltWithOwnSymbolKeepsIt() {
        Exclusive exclusive = new Exclusive(ResourceSpec.op_Or, new ResourceSpec[0]);

        assertThat(exclusive.getResourceSymbol()).isSameAs(ResourceSpec.op_Or);
    }

    @Test
    void operatorRejectsNullSymbol() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Exclusive(null, new ResourceSpec[0]))
                .withMessageContaining("symbol");
    }

    // --- text ---

    @Test
    void toStringOfClassSpecShowsTheClassName() {
        assertThat(ResourceSpec.basicPlayer).hasToString("ResourceSpec[javax.telephony.media.Player]");
    }

    @Test
    void toStringShowsAttributesAndParametersWhenPresent() {
        ResourceSpec spec = new ResourceSpec(Recorder.class, dictionary("codec", "g711"),
                dictionary("gain", 3));

        assertThat(spec).hasToString("ResourceSpec[javax.telephony.media.Recorder,"
                + " attributes={codec=g711}, parameters={gain=3}]");
    }

    @Test
    void toStringOfSymbolSpecShowsNameAndSymbol() {
        Symbol symbol = ASRConstants.v_Class;

        assertThat(new ResourceSpec("recognizer", symbol, null, null))
                .hasToString("ResourceSpec[recognizer, symbol=" + symbol + "]");
        assertThat(new ResourceSpec(null, symbol, null, null))
                .hasToString("ResourceSpec[symbol=" + symbol + "]");
    }

    @Test
    void toStringOfOperatorShowsOperatorAndMembersNested() {
        ResourceSpec.Or or = new ResourceSpec.Or(new ResourceSpec[] {
            ResourceSpec.basicAltPlayerRecorder, ResourceSpec.basicASR});

        assertThat(or).hasToString("Or[Alt[ResourceSpec[javax.telephony.media.Player],"
                + " ResourceSpec[javax.telephony.media.Recorder]],"
                + " ResourceSpec[javax.telephony.media.ASR]]");
        assertThat(ResourceSpec.none).hasToString("And[]");
    }

    @Test
    void toStringOfAnonymousOperatorUsesItsClassName() {
        ResourceSpec.Operator anonymous = new ResourceSpec.Operator(new ResourceSpec[0]) {
        };

        assertThat(anonymous.toString()).isEqualTo(anonymous.getClass().getName() + "[]");
    }

    // --- class initialisation order ---

    /**
     * In a fresh class loader, initialises one class first, then checks that no constant of
     * ResourceSpec, its Operator, ConfigSpec or RTC was left null by an initialisation cycle.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ResourceSpec", "ResourceSpec$Operator", "ResourceSpec$Alt",
        "ResourceSpec$Or", "ConfigSpec", "RTC"})
    void constantsAreSetWhicheverClassIsInitialisedFirst(String first) throws Exception {
        URL classes = ResourceSpec.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader fresh =
                new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
            Class.forName("javax.telephony.media." + first, true, fresh);

            for (String name : new String[] {"ResourceSpec", "ResourceSpec$Operator", "ConfigSpec",
                "RTC"}) {
                Class<?> type = Class.forName("javax.telephony.media." + name, true, fresh);
                assertThat(type.getClassLoader()).isSameAs(fresh);
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isPublic(field.getModifiers())
                            && Modifier.isStatic(field.getModifiers())) {
                        assertThat(field.get(null)).as(name + "." + field.getName()).isNotNull();
                    }
                }
            }
            Class<?> resourceSpec = Class.forName("javax.telephony.media.ResourceSpec", true, fresh);
            Object alt = resourceSpec.getField("basicAltPlayerRecorder").get(null);
            Object[] members = (Object[]) alt.getClass().getMethod("getResourceSpecs").invoke(alt);
            assertThat(members).containsExactly(resourceSpec.getField("basicPlayer").get(null),
                    resourceSpec.getField("basicRecorder").get(null));
        }
    }
}
