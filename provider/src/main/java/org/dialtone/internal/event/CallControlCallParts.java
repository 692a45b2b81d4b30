package org.dialtone.internal.event;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.callcontrol.events.CallCtlCallEv;

/**
 * The call's parties that every {@code CallCtlCallEv} reports, with its call-control cause, read
 * from the event's data. A mixin, like {@link CallControlCause}.
 */
interface CallControlCallParts extends CallCtlCallEv, CallControlCause {

    @Override
    default Address getCallingAddress() {
        return data().parties().getCallingAddress();
    }

    @Override
    default Terminal getCallingTerminal() {
        return data().parties().getCallingTerminal();
    }

    @Override
    default Address getCalledAddress() {
        return data().parties().getCalledAddress();
    }

    @Override
    default Address getLastRedirectedAddress() {
        return data().parties().getLastRedirectedAddress();
    }
}
