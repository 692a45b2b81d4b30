package javax.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Dictionary;
import java.util.Hashtable;
import org.junit.jupiter.api.Test;

/** Symbols are interned, so these tests compare them by identity. */
class ConfigSpecTest {
    private static final ResourceSpec[] PLAYER_AND_DETECTOR =
            {ResourceSpec.basicPlayer, ResourceSpec.basicSignalDetector};
    private static final RTC[] BARGE_IN = {RTC.SigDet_StopPlay};

    private static Hashtable<Object, Object> dictionary(Object key, Object value) {
        Hashtable<Object, Object> dictionary = new Hashtable<>();
        dictionary.put(key, value);
        return dictionary;
    }

    private static ConfigSpec ivrSpec() {
        return new ConfigSpec("ivr", 2000, PLAYER_AND_DETECTOR, dictionary("a", "1"),
                dictionary("p", "2"), BARGE_IN);
    }

    @Test
    void namedConstructorKeepsEverythingGiven() {
        ConfigSpec spec = ivrSpec();

        assertThat(spec.getConfigName()).isEqualTo("ivr");
        assertThat(spec.getTimeout()).isEqualTo(2000);
        assertThat(spec.getResourceSpecs()).containsExactly(PLAYER_AND_DETECTOR);
        assertThat(spec.getAttributes().get("a")).isEqualTo("1");
        assertThat(spec.getParameters().get("p")).isEqualTo("2");
        assertThat(spec.getRTC()).containsExactly(RTC.SigDet_StopPlay);
    }

    @Test
    void unnamedConstructorHasNoNameAndKeepsEverythingElse() {
        ConfigSpec spec = new ConfigSpec(PLAYER_AND_DETECTOR, 500, dictionary("a", "1"),
                dictionary("p", "2"), BARGE_IN);

        assertThat(spec.getConfigName()).isNull();
        assertThat(spec.getTimeout()).isEqualTo(500);
        assertThat(spec.getResourceSpecs()).containsExactly(PLAYER_AND_DETECTOR);
        assertThat(spec.getAttributes().get("a")).isEqualTo("1");
        assertThat(spec.getParameters().get("p")).isEqualTo("2");
        assertThat(spec.getRTC()).containsExactly(RTC.SigDet_StopPlay);
    }

    @Test
    void nullArraysMeanNoneAndNullDictionariesStayNull() {
        ConfigSpec spec = new ConfigSpec("bare", 0, null, null, null, null);

        assertThat(spec.getResourceSpecs()).isEmpty();
        assertThat(spec.getRTC()).isEmpty();
        assertThat(spec.getAttributes()).isNull();
        assertThat(spec.getParameters()).isNull();
    }

    @Test
    void foreverTimeoutIsAccepted() {
        assertThat(new ConfigSpec("wait", ResourceConstants.FOREVER, null, null, null, null)
                .getTimeout()).isEqualTo(ResourceConstants.FOREVER);
    }

    @Test
    void timeoutBelowForeverIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConfigSpec("bad", -2, null, null, null, null))
                .withMessageContaining("-2");
    }

    @Test
    void nullResourceSpecElementIsRejectedNamingItsIndex() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConfigSpec("bad", 0,
                        new ResourceSpec[] {ResourceSpec.basicPlayer, null}, null, null, null))
                .withMessageContaining("resource spec [1]");
    }

    @Test
    void nullRtcElementIsRejectedNamingItsIndex() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ConfigSpec(null, 0, null, null, null, new RTC[] {null}))
                .withMessageContaining("RTC [0]");
    }

    @Test
    void arraysAreCopiedOnTheWayInAndOut() {
        ResourceSpec[] specs = PLAYER_AND_DETECTOR.clone();
        RTC[] rtcs = BARGE_IN.clone();
        ConfigSpec spec = new ConfigSpec("ivr", 0, specs, null, null, rtcs);

        specs[0] = ResourceSpec.basicASR;
        rtcs[0] = RTC.ASR_StopPlay;
        spec.getResourceSpecs()[1] = ResourceSpec.basicASR;
        spec.getRTC()[0] = RTC.ASR_StopPlay;

        assertThat(spec.getResourceSpecs()).containsExactly(PLAYER_AND_DETECTOR);
        assertThat(spec.getRTC()).containsExactly(RTC.SigDet_StopPlay);
    }

    @Test
    void dictionariesAreCopiedOnTheWayInAndOut() {
        Hashtable<Object, Object> attributes = dictionary("a", "1");
        ConfigSpec spec = new ConfigSpec("ivr", 0, null, attributes, dictionary("p", "2"), null);

        attributes.put("a", "changed");
        @SuppressWarnings("unchecked")
        Dictionary<Object, Object> handedOut = spec.getParameters();
        handedOut.put("p", "changed");

        assertThat(spec.getAttributes().get("a")).isEqualTo("1");
        assertThat(spec.getParameters().get("p")).isEqualTo("2");
    }

    @Test
    void copyConstructorTakesNewNameAndTimeoutAndCopiesTheRest() {
        ConfigSpec original = ivrSpec();

        ConfigSpec copy = new ConfigSpec("ivr-patient", ResourceConstants.FOREVER, original);

        assertThat(copy.getConfigName()).isEqualTo("ivr-patient");
        assertThat(copy.getTimeout()).isEqualTo(ResourceConstants.FOREVER);
        assertThat(copy.getResourceSpecs()).containsExactly(original.getResourceSpecs());
        assertThat(copy.getAttributes()).isEqualTo(original.getAttributes());
        assertThat(copy.getParameters()).isEqualTo(original.getParameters());
        assertThat(copy.getRTC()).containsExactly(original.getRTC());
    }

    @Test
    void copyConstructorRejectsNullSource() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ConfigSpec("x", 0, null))
                .withMessageContaining("null");
    }

    @Test
    void emptyConfigAsksForNothing() {
        ConfigSpec empty = ConfigSpec.emptyConfig;

        assertThat(empty.getConfigName()).isEqualTo("emptyConfig");
        assertThat(empty.getResourceSpecs()).isEmpty();
        assertThat(empty.getRTC()).isEmpty();
        assertThat(empty.getAttributes()).isNull();
        assertThat(empty.getParameters()).isNull();
        assertThat(empty.getTimeout()).isZero();
    }

    @Test
    void basicConfigAsksForTheFourBasicResources() {
        ConfigSpec basic = ConfigSpec.basicConfig;

        assertThat(basic.getConfigName()).isEqualTo("basicConfig");
        assertThat(basic.getResourceSpecs()).containsExactly(ResourceSpec.basicPlayer,
                ResourceSpec.basicRecorder, ResourceSpec.basicSignalDetector,
                ResourceSpec.basicSignalGenerator);
        assertThat(basic.getRTC()).isEmpty();
        assertThat(basic.getTimeout()).isZero();
    }

    @Test
    void anyConfigIsItsOwnSpecListingNoResources() {
        ConfigSpec any = ConfigSpec.anyConfig;

        assertThat(any).isNotSameAs(ConfigSpec.emptyConfig);
        assertThat(any.getConfigName()).isEqualTo("anyConfig");
        assertThat(any.getResourceSpecs()).isEmpty();
        assertThat(any.getTimeout()).isZero();
    }

    @Test
    void toStringShowsNameTimeoutAndResources() {
        ConfigSpec spec = new ConfigSpec("player", 100,
                new ResourceSpec[] {ResourceSpec.basicPlayer}, null, null, null);

        assertThat(spec).hasToString(
                "ConfigSpec[name=player, timeout=100, resources=[ResourceSpec[javax.telephony.media.Player]]]");
    }

    @Test
    void toStringOfUnnamedSpecShowsDictionariesWhenPresent() {
        ConfigSpec spec = new ConfigSpec(null, 0, dictionary("a", "1"), dictionary("p", "2"), null);

        assertThat(spec).hasToString(
                "ConfigSpec[timeout=0, resources=[], attributes={a=1}, parameters={p=2}]");
    }

    @Test
    void toStringShowsRtcsWhenPresent() {
        ConfigSpec spec = new ConfigSpec("x", 0, null, null, null, BARGE_IN);

        assertThat(spec).hasToString(
                "ConfigSpec[name=x, timeout=0, resources=[], rtcs=[" + RTC.SigDet_StopPlay + "]]");
    }

    @Test
    void specWithoutResourceSpecsSurvivesSerialization() throws Exception {
        ConfigSpec spec = new ConfigSpec("plain", 30, null, dictionary("a", "1"), null, null);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(spec);
        }
        ConfigSpec back;
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ConfigSpec) in.readObject();
        }

        assertThat(back.getConfigName()).isEqualTo("plain");
        assertThat(back.getTimeout()).isEqualTo(30);
        assertThat(back.getAttributes().get("a")).isEqualTo("1");
        assertThat(back.getResourceSpecs()).isEmpty();
    }
}
