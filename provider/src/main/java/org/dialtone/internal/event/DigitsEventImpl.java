package org.dialtone.internal.event;

import java.util.Objects;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.MetaEvent;
import org.dialtone.ext.DigitsEvent;

/**
 * Digits a party sent in a call. {@link #getSource()} is the connection of that party, as for
 * connection events; no meta event brackets it. Compares by identity, like every event.
 */
public final class DigitsEventImpl implements DigitsEvent {
    private final Call call;
    private final Connection connection;
    private final String digits;

    /**
     * @param call the call the digits were sent in
     * @param connection the connection of the party that sent them
     * @param digits the digits, in order
     */
    public DigitsEventImpl(Call call, Connection connection, String digits) {
        this.call = Objects.requireNonNull(call, "call");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.digits = Objects.requireNonNull(digits, "digits");
    }

    @Override
    public String getDigits() {
        return digits;
    }

    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public Call getCall() {
        return call;
    }

    @Override
    public int getID() {
        return DIGITS_RECEIVED;
    }

    /** Always {@code CAUSE_NORMAL}. */
    @Override
    public int getCause() {
        return CAUSE_NORMAL;
    }

    /** Always null: digits stand alone. */
    @Override
    public MetaEvent getMetaEvent() {
        return null;
    }

    @Override
    public Object getSource() {
        return connection;
    }

    @Override
    public String toString() {
        return "DigitsEvent[" + digits + " from " + connection + "]";
    }
}
