package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.TerminalConnection;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TerminalConnectionStateTest {

    @ParameterizedTest(name = "{0} shows as core {2}")
    @CsvSource({
            "IDLE, " + CallControlTerminalConnection.IDLE + ", " + TerminalConnection.IDLE,
            "RINGING, " + CallControlTerminalConnection.RINGING + ", " + TerminalConnection.RINGING,
            "TALKING, " + CallControlTerminalConnection.TALKING + ", " + TerminalConnection.ACTIVE,
            "HELD, " + CallControlTerminalConnection.HELD + ", " + TerminalConnection.ACTIVE,
            "BRIDGED, " + CallControlTerminalConnection.BRIDGED + ", " + TerminalConnection.PASSIVE,
            "INUSE, " + CallControlTerminalConnection.INUSE + ", " + TerminalConnection.PASSIVE,
            "DROPPED, " + CallControlTerminalConnection.DROPPED + ", " + TerminalConnection.DROPPED,
            "UNKNOWN, " + CallControlTerminalConnection.UNKNOWN + ", " + TerminalConnection.UNKNOWN})
    void callControlStateMapsToTheCoreStateOfTheSpec(TerminalConnectionState state, int callControlCode, int coreCode) {
        assertThat(state.callControlCode()).isEqualTo(callControlCode);
        assertThat(state.coreCode()).isEqualTo(coreCode);
    }

    @ParameterizedTest
    @EnumSource(TerminalConnectionState.class)
    void noStateMovesBackToIdleOrToItself(TerminalConnectionState state) {
        assertThat(state.canMoveTo(TerminalConnectionState.IDLE)).isFalse();
        assertThat(state.canMoveTo(state)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = TerminalConnectionState.class, names = "DROPPED", mode = EnumSource.Mode.EXCLUDE)
    void everyOtherStateCanDrop(TerminalConnectionState state) {
        assertThat(state.canMoveTo(TerminalConnectionState.DROPPED)).isTrue();
    }

    @Test
    void droppedIsFinal() {
        for (TerminalConnectionState next : TerminalConnectionState.values()) {
            assertThat(TerminalConnectionState.DROPPED.canMoveTo(next)).isFalse();
        }
    }

    @Test
    void holdIsOnlyBetweenTalkingAndHeld() {
        assertThat(TerminalConnectionState.TALKING.canMoveTo(TerminalConnectionState.HELD)).isTrue();
        assertThat(TerminalConnectionState.HELD.canMoveTo(TerminalConnectionState.TALKING)).isTrue();
        assertThat(TerminalConnectionState.RINGING.canMoveTo(TerminalConnectionState.HELD)).isFalse();
    }
}
