package javax.telephony.phone;

import javax.telephony.phone.capabilities.ComponentCapabilities;

/**
 * Base interface for a physical part of a phone terminal, such as a button, lamp, display or
 * speaker; has a name and capabilities.
 */
public interface Component {
    ComponentCapabilities getCapabilities();

    String getName();
}
