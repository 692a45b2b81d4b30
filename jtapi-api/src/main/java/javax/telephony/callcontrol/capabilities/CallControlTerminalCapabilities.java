package javax.telephony.callcontrol.capabilities;

import javax.telephony.Address;
import javax.telephony.Connection;
import javax.telephony.TerminalConnection;
import javax.telephony.capabilities.TerminalCapabilities;

/**
 * Reports which call control terminal features are available: the pickup variants and reading or
 * setting do-not-disturb.
 */
public interface CallControlTerminalCapabilities extends TerminalCapabilities {
    boolean canGetDoNotDisturb();

    boolean canPickup();

    boolean canPickup(Address address, Address address2);

    boolean canPickup(Connection connection, Address address);

    boolean canPickup(TerminalConnection terminalConnection, Address address);

    boolean canPickupFromGroup();

    boolean canPickupFromGroup(String string, Address address);

    boolean canPickupFromGroup(Address address);

    boolean canSetDoNotDisturb();
}
