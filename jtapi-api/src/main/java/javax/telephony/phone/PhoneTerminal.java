package javax.telephony.phone;

import javax.telephony.Terminal;

/** Terminal that exposes its physical phone components, grouped into component groups. */
public interface PhoneTerminal extends Terminal {
    ComponentGroup[] getComponentGroups();
}
