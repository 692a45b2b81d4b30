package javax.telephony.phone.events;

import javax.telephony.events.TermEv;
import javax.telephony.phone.Component;
import javax.telephony.phone.ComponentGroup;

/** Base legacy phone terminal event; identifies the component and component group that changed. */
public interface PhoneTermEv extends TermEv, PhoneEv {
    Component getComponent();

    ComponentGroup getComponentGroup();
}
