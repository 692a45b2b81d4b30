package org.dialtone.internal.backend.sip;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.callcontrol.events.CallCtlEv;
import javax.telephony.events.Ev;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SipCausesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "486, " + CallCtlEv.CAUSE_BUSY,
        "600, " + CallCtlEv.CAUSE_BUSY,
        "480, " + CallCtlEv.CAUSE_CALL_NOT_ANSWERED,
        "408, " + CallCtlEv.CAUSE_CALL_NOT_ANSWERED,
        "404, " + Ev.CAUSE_DEST_NOT_OBTAINABLE,
        "604, " + Ev.CAUSE_DEST_NOT_OBTAINABLE,
        "484, " + Ev.CAUSE_DEST_NOT_OBTAINABLE,
        "302, " + Ev.CAUSE_DEST_NOT_OBTAINABLE,
        "603, " + Ev.CAUSE_CALL_CANCELLED,
        "487, " + Ev.CAUSE_CALL_CANCELLED,
        "488, " + Ev.CAUSE_INCOMPATIBLE_DESTINATION,
        "606, " + Ev.CAUSE_INCOMPATIBLE_DESTINATION,
        "403, " + Ev.CAUSE_LOCKOUT,
        "407, " + Ev.CAUSE_LOCKOUT,
        "503, " + Ev.CAUSE_NETWORK_CONGESTION,
        "500, " + Ev.CAUSE_NETWORK_NOT_OBTAINABLE,
        "499, " + Ev.CAUSE_UNKNOWN})
    void failureResponseGivesTheMatchingJtapiCause(int statusCode, int cause) {
        assertThat(SipCauses.ofFailure(statusCode)).isEqualTo(cause);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        Ev.CAUSE_NORMAL + ", 486",
        CallCtlEv.CAUSE_BUSY + ", 486",
        Ev.CAUSE_CALL_CANCELLED + ", 603",
        Ev.CAUSE_DEST_NOT_OBTAINABLE + ", 404",
        CallCtlEv.CAUSE_CALL_NOT_ANSWERED + ", 480",
        Ev.CAUSE_INCOMPATIBLE_DESTINATION + ", 488",
        Ev.CAUSE_RESOURCES_NOT_AVAILABLE + ", 503"})
    void refusedIncomingCallIsAnsweredWithTheMatchingResponse(int cause, int statusCode) {
        assertThat(SipCauses.ofRefusal(cause)).isEqualTo(statusCode);
    }
}
