package org.dialtone.internal.event;

import javax.telephony.privatedata.events.PrivateCallEv;

/** Observer events carrying the provider's private data, one class per {@code Private*Ev} interface. */
public final class PrivateEvs {
    private PrivateEvs() {
    }

    /** Private data about a call, delivered to its call observers in order with its other events. */
    public static final class Call extends CallEvs.Base implements PrivateCallEv {
        Call(EvData data, Object observed) {
            super(ID, data, observed);
            require(data.privateData(), "private data");
        }

        @Override
        public Object getPrivateData() {
            return data().privateData();
        }

        @Override
        void appendDetails(StringBuilder text) {
            super.appendDetails(text);
            text.append(" privateData=").append(getPrivateData());
        }
    }
}
