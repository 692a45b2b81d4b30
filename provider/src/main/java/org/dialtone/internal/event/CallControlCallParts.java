package org.dialtone.internal.event;

import javax.telephony.Address;
import javax.telephony.Terminal;
import javax.telephony.callcontrol.events.CallCtlCallEv;

/**
 * The call-control cause and parties that every {@code CallCtlCallEv} reports, read from the
 * event's data. A mixin, because the connection and terminal connection events already extend
 * their core base classes.
 */
interface CallControlCallParts extends CallCtlCallEv {
    EvData data();

    @Override
    default int getCallControlCause() {
        return data().callControlCause();
    }

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
