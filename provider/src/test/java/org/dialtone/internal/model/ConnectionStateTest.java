package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import javax.telephony.Connection;
import javax.telephony.callcontrol.CallControlConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ConnectionStateTest {

    @ParameterizedTest(name = "{0} shows as core {2}")
    @CsvSource({
            "IDLE, " + CallControlConnection.IDLE + ", " + Connection.IDLE,
            "OFFERED, " + CallControlConnection.OFFERED + ", " + Connection.INPROGRESS,
            "QUEUED, " + CallControlConnection.QUEUED + ", " + Connection.INPROGRESS,
            "ALERTING, " + CallControlConnection.ALERTING + ", " + Connection.ALERTING,
            "INITIATED, " + CallControlConnection.INITIATED + ", " + Connection.CONNECTED,
            "DIALING, " + CallControlConnection.DIALING + ", " + Connection.CONNECTED,
            "NETWORK_REACHED, " + CallControlConnection.NETWORK_REACHED + ", " + Connection.INPROGRESS,
            "NETWORK_ALERTING, " + CallControlConnection.NETWORK_ALERTING + ", " + Connection.ALERTING,
            "ESTABLISHED, " + CallControlConnection.ESTABLISHED + ", " + Connection.CONNECTED,
            "FAILED, " + CallControlConnection.FAILED + ", " + Connection.FAILED,
            "DISCONNECTED, " + CallControlConnection.DISCONNECTED + ", " + Connection.DISCONNECTED,
            "UNKNOWN, " + CallControlConnection.UNKNOWN + ", " + Connection.UNKNOWN})
    void callControlStateMapsToTheCoreStateOfTheSpec(ConnectionState state, int callControlCode, int coreCode) {
        assertThat(state.callControlCode()).isEqualTo(callControlCode);
        assertThat(state.coreCode()).isEqualTo(coreCode);
    }

    @ParameterizedTest
    @EnumSource(ConnectionState.class)
    void noStateMovesBackToIdleOrToItself(ConnectionState state) {
        assertThat(state.canMoveTo(ConnectionState.IDLE)).isFalse();
        assertThat(state.canMoveTo(state)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ConnectionState.class, names = {"DISCONNECTED", "FAILED"}, mode = EnumSource.Mode.EXCLUDE)
    void everyLiveStateCanFailOrDisconnect(ConnectionState state) {
        assertThat(state.isLive()).isTrue();
        assertThat(state.canMoveTo(ConnectionState.FAILED)).isTrue();
        assertThat(state.canMoveTo(ConnectionState.DISCONNECTED)).isTrue();
    }

    @Test
    void disconnectedIsFinalAndFailedOnlyDisconnects() {
        for (ConnectionState next : ConnectionState.values()) {
            assertThat(ConnectionState.DISCONNECTED.canMoveTo(next)).as("DISCONNECTED -> %s", next).isFalse();
            assertThat(ConnectionState.FAILED.canMoveTo(next)).as("FAILED -> %s", next)
                    .isEqualTo(next == ConnectionState.DISCONNECTED);
        }
    }

    @Test
    void establishedOnlyEnds() {
        EnumSet<ConnectionState> reachable = EnumSet.noneOf(ConnectionState.class);
        for (ConnectionState next : ConnectionState.values()) {
            if (ConnectionState.ESTABLISHED.canMoveTo(next)) {
                reachable.add(next);
            }
        }
        assertThat(reachable).containsExactlyInAnyOrder(ConnectionState.FAILED, ConnectionState.DISCONNECTED,
                ConnectionState.UNKNOWN);
    }
}
