package javax.telephony.media;

import java.io.Serializable;
import java.util.Dictionary;

/**
 * Describes a requested media group configuration: the resource specs, a timeout, group parameters
 * and attributes, and the RTCs to install.
 */
public class ConfigSpec implements Serializable, ConfigSpecConstants {
    public static final ConfigSpec anyConfig = null /* TODO */;
    protected Dictionary attributes;
    public static final ConfigSpec basicConfig = null /* TODO */;
    protected String configName;
    protected int csTimeout;
    public static final ConfigSpec emptyConfig = null /* TODO */;
    protected Dictionary parameters;
    protected ResourceSpec[] resSpecs;
    protected RTC[] rtcs;

    public ConfigSpec(String string, int value, ConfigSpec configSpec) {
    }

    public ConfigSpec(String string, int value, ResourceSpec[] resourceSpecs, Dictionary dictionary, Dictionary dictionary2, RTC[] rTCs) {
    }

    public ConfigSpec(ResourceSpec[] resourceSpecs, int value, Dictionary dictionary, Dictionary dictionary2, RTC[] rTCs) {
    }

    public Dictionary getAttributes() {
        throw NotBuilt.member("ConfigSpec.getAttributes");
    }

    public String getConfigName() {
        throw NotBuilt.member("ConfigSpec.getConfigName");
    }

    public Dictionary getParameters() {
        throw NotBuilt.member("ConfigSpec.getParameters");
    }

    public RTC[] getRTC() {
        throw NotBuilt.member("ConfigSpec.getRTC");
    }

    public ResourceSpec[] getResourceSpecs() {
        throw NotBuilt.member("ConfigSpec.getResourceSpecs");
    }

    public int getTimeout() {
        throw NotBuilt.member("ConfigSpec.getTimeout");
    }

    public String toString() {
        throw NotBuilt.member("ConfigSpec.toString");
    }
}
