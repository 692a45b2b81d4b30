package javax.telephony.media;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Dictionary;

/**
 * Describes a requested media group configuration: the resource specs, a timeout, group parameters
 * and attributes, and the RTCs to install.
 *
 * <p>A spec is an immutable value as far as its public methods go: it keeps its own copies of the
 * arrays and dictionaries it is given and hands out copies. A {@code null} array means none (an
 * empty array is returned); a {@code null} dictionary means none (and is returned as
 * {@code null}).
 *
 * <p>Serialization: the API declares {@code ConfigSpec} serializable but {@link ResourceSpec} not,
 * so only a spec without resource specs (such as {@link #emptyConfig}) can be serialized.
 */
public class ConfigSpec implements Serializable, ConfigSpecConstants {
    private static final long serialVersionUID = 1L;

    /**
     * Timeout of the predefined specs: do not wait for busy resources but fail at once, so that an
     * application using them never hangs in configuration.
     */
    private static final int PREDEFINED_TIMEOUT = 0;

    /** Asks for no resources at all. */
    public static final ConfigSpec emptyConfig =
            new ConfigSpec("emptyConfig", PREDEFINED_TIMEOUT, null, null, null, null);
    /** Asks for one each of player, recorder, signal detector and signal generator. */
    public static final ConfigSpec basicConfig = new ConfigSpec("basicConfig", PREDEFINED_TIMEOUT,
            new ResourceSpec[] {
                ResourceSpec.basicPlayer,
                ResourceSpec.basicRecorder,
                ResourceSpec.basicSignalDetector,
                ResourceSpec.basicSignalGenerator
            },
            null, null, null);
    /**
     * Accepts the media group as it is, whatever resources it holds: where a group is handed over
     * (as in a bind or a delegation) it is not reconfigured. Providers recognise this spec by
     * identity; it lists no resource specs itself.
     */
    public static final ConfigSpec anyConfig =
            new ConfigSpec("anyConfig", PREDEFINED_TIMEOUT, null, null, null, null);

    /** Media group attributes, or {@code null} for none. */
    protected Dictionary attributes;
    /** The name of this configuration, or {@code null} if it has none. */
    protected String configName;
    /** Milliseconds to wait for busy resources; {@code ResourceConstants.FOREVER} waits forever. */
    protected int csTimeout;
    /** Media group parameters, or {@code null} for none. */
    protected Dictionary parameters;
    /** The resources asked for; never {@code null} once built. */
    protected ResourceSpec[] resSpecs;
    /** The run-time controls to install; never {@code null} once built. */
    protected RTC[] rtcs;

    /**
     * Creates a copy of another spec under a new name and timeout.
     *
     * @param string the name of the new spec, or {@code null}
     * @param value milliseconds to wait for busy resources, 0 or more, or
     *     {@code ResourceConstants.FOREVER}
     * @param configSpec the spec whose resources, attributes, parameters and RTCs are copied
     * @throws IllegalArgumentException if {@code configSpec} is {@code null} or the timeout is
     *     below {@code FOREVER}
     */
    public ConfigSpec(String string, int value, ConfigSpec configSpec) {
        this(string, value, resourceSpecsOf(configSpec), configSpec.attributes,
                configSpec.parameters, configSpec.rtcs);
    }

    /**
     * Creates a named spec.
     *
     * @param string the name of the spec, or {@code null}
     * @param value milliseconds to wait for busy resources, 0 or more, or
     *     {@code ResourceConstants.FOREVER}
     * @param resourceSpecs the resources to configure, or {@code null} for none
     * @param dictionary media group attributes, or {@code null} for none
     * @param dictionary2 media group parameters, or {@code null} for none
     * @param rTCs run-time controls to install, or {@code null} for none
     * @throws IllegalArgumentException if the timeout is below {@code FOREVER} or an array
     *     holds a {@code null} element
     */
    public ConfigSpec(String string, int value, ResourceSpec[] resourceSpecs,
            Dictionary dictionary, Dictionary dictionary2, RTC[] rTCs) {
        this.configName = string;
        this.csTimeout = requireTimeout(value);
        this.resSpecs = copyWithoutNulls(resourceSpecs, new ResourceSpec[0], "resource spec");
        this.attributes = Dictionaries.copyOf(dictionary);
        this.parameters = Dictionaries.copyOf(dictionary2);
        this.rtcs = copyWithoutNulls(rTCs, new RTC[0], "RTC");
    }

    /**
     * Creates an unnamed spec; see {@link #ConfigSpec(String, int, ResourceSpec[], Dictionary,
     * Dictionary, RTC[])} for the arguments.
     */
    public ConfigSpec(ResourceSpec[] resourceSpecs, int value, Dictionary dictionary,
            Dictionary dictionary2, RTC[] rTCs) {
        this(null, value, resourceSpecs, dictionary, dictionary2, rTCs);
    }

    /** Returns a copy of the media group attributes, or {@code null} if there are none. */
    public Dictionary getAttributes() {
        return Dictionaries.copyOf(attributes);
    }

    /** Returns the name of this spec, or {@code null} if it has none. */
    public String getConfigName() {
        return configName;
    }

    /** Returns a copy of the media group parameters, or {@code null} if there are none. */
    public Dictionary getParameters() {
        return Dictionaries.copyOf(parameters);
    }

    /** Returns a copy of the run-time controls to install; empty if there are none. */
    public RTC[] getRTC() {
        return rtcs == null ? new RTC[0] : rtcs.clone();
    }

    /** Returns a copy of the resource specs; empty if there are none. */
    public ResourceSpec[] getResourceSpecs() {
        return resSpecs == null ? new ResourceSpec[0] : resSpecs.clone();
    }

    /**
     * Returns how many milliseconds configuration may wait for busy resources;
     * {@code ResourceConstants.FOREVER} means no limit.
     */
    public int getTimeout() {
        return csTimeout;
    }

    /**
     * Returns {@code ConfigSpec[name=..., timeout=..., resources=[...], attributes=...,
     * parameters=..., rtcs=[...]]}, leaving out the name, dictionaries and RTCs when absent.
     */
    public String toString() {
        StringBuilder text = new StringBuilder("ConfigSpec[");
        if (configName != null) {
            text.append("name=").append(configName).append(", ");
        }
        text.append("timeout=").append(csTimeout);
        text.append(", resources=").append(Arrays.toString(getResourceSpecs()));
        if (attributes != null) {
            text.append(", attributes=").append(attributes);
        }
        if (parameters != null) {
            text.append(", parameters=").append(parameters);
        }
        RTC[] controls = getRTC();
        if (controls.length > 0) {
            text.append(", rtcs=").append(Arrays.toString(controls));
        }
        return text.append(']').toString();
    }

    /** Checks the copy constructor's source before its fields are read. */
    private static ResourceSpec[] resourceSpecsOf(ConfigSpec source) {
        if (source == null) {
            throw new IllegalArgumentException("ConfigSpec to copy is null");
        }
        return source.resSpecs;
    }

    private static int requireTimeout(int timeout) {
        if (timeout < ResourceConstants.FOREVER) {
            throw new IllegalArgumentException("ConfigSpec timeout must be 0 or more, or FOREVER ("
                    + ResourceConstants.FOREVER + "), got " + timeout);
        }
        return timeout;
    }

    /** Copies {@code source} ({@code null} gives {@code empty}), rejecting {@code null} elements. */
    private static <T> T[] copyWithoutNulls(T[] source, T[] empty, String what) {
        if (source == null) {
            return empty;
        }
        T[] copy = source.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new IllegalArgumentException("ConfigSpec " + what + " [" + i + "] is null");
            }
        }
        return copy;
    }
}
