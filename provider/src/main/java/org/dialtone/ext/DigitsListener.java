package org.dialtone.ext;

import javax.telephony.CallEvent;
import javax.telephony.CallListener;
import javax.telephony.MetaEvent;

/**
 * Hears the digits (DTMF) that parties send in a call. It is a {@link CallListener}, so it is
 * added where call listeners are: to a {@code Call}, or to an {@code Address} or {@code Terminal}
 * to hear the digits of each of its calls, for as long as JTAPI keeps a call listener there. Every
 * other callback does nothing unless overridden, so a lambda will do:
 *
 * <pre>{@code
 * address.addCallListener((DigitsListener) event -> menu.pressed(event.getDigits()));
 * }</pre>
 *
 * <p>A {@link DigitsEvent} arrives in order with the call's other events, on the listener's own
 * delivery thread, like every listener callback. JTAPI 1.2 observers do not hear digits.
 */
@FunctionalInterface
public interface DigitsListener extends CallListener {

    /** A party of a call this listener follows sent digits. */
    void digitsReceived(DigitsEvent event);

    @Override
    default void callActive(CallEvent event) {
    }

    @Override
    default void callInvalid(CallEvent event) {
    }

    @Override
    default void callEventTransmissionEnded(CallEvent event) {
    }

    @Override
    default void singleCallMetaProgressStarted(MetaEvent event) {
    }

    @Override
    default void singleCallMetaProgressEnded(MetaEvent event) {
    }

    @Override
    default void singleCallMetaSnapshotStarted(MetaEvent event) {
    }

    @Override
    default void singleCallMetaSnapshotEnded(MetaEvent event) {
    }

    @Override
    default void multiCallMetaMergeStarted(MetaEvent event) {
    }

    @Override
    default void multiCallMetaMergeEnded(MetaEvent event) {
    }

    @Override
    default void multiCallMetaTransferStarted(MetaEvent event) {
    }

    @Override
    default void multiCallMetaTransferEnded(MetaEvent event) {
    }
}
