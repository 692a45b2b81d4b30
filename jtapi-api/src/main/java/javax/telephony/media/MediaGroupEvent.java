package javax.telephony.media;

import java.util.Dictionary;
import javax.telephony.Terminal;

/**
 * Event returned by media group operations, giving access to the configuration, terminal, terminal
 * name or parameter dictionary obtained.
 */
public interface MediaGroupEvent extends MediaServiceEvent {
    ConfigSpec getConfigSpec();

    Dictionary getDictionary();

    Terminal getTerminal();

    String getTerminalName();
}
