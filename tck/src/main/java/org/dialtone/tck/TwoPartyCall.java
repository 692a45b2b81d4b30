package org.dialtone.tck;

import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;

/**
 * A call the kit placed from one local phone to another party.
 *
 * @param call the call
 * @param origin the caller's connection, first in {@code connect}'s result
 * @param destination the called party's connection, second in {@code connect}'s result
 * @param callerTc the caller's terminal connection
 * @param calleeTc the called terminal's terminal connection, or null if the called party is not local
 */
public record TwoPartyCall(Call call, Connection origin, Connection destination, TerminalConnection callerTc,
        TerminalConnection calleeTc) {
}
