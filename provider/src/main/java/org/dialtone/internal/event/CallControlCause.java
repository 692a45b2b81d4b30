package org.dialtone.internal.event;

import javax.telephony.callcontrol.events.CallCtlEv;

/**
 * The call-control cause that every {@code CallCtlEv} reports, read from the event's data. A
 * mixin, because each call-control observer event already extends its core base class.
 */
interface CallControlCause extends CallCtlEv {
    EvData data();

    @Override
    default int getCallControlCause() {
        return data().callControlCause();
    }
}
