package javax.telephony.media;

import java.util.Dictionary;
import java.util.EventListener;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.Terminal;

/**
 * Main application handle in the media API: binds to a media group by call, terminal or service
 * name, configures it, sets parameters and releases it.
 */
public interface MediaService extends MediaServiceConstants {
    void addListener(EventListener listener);

    void addMediaListener(MediaListener mediaListener);

    void bindAndConnect(ConfigSpec configSpec, String string, String string2) throws MediaBindException, MediaCallException, MediaConfigException;

    Connection bindToCall(ConfigSpec configSpec, Call call) throws MediaBindException, MediaCallException, MediaConfigException;

    void bindToServiceName(ConfigSpec configSpec, String string) throws MediaBindException, MediaConfigException;

    void bindToTerminal(ConfigSpec configSpec, Terminal terminal) throws MediaBindException, MediaConfigException;

    void bindToTerminalName(ConfigSpec configSpec, String string) throws MediaBindException, MediaConfigException;

    void cancelBindRequest();

    void configure(ConfigSpec configSpec) throws MediaConfigException, NotBoundException;

    ConfigSpec getConfiguration() throws NotBoundException;

    MediaProvider getMediaProvider();

    Dictionary getParameters(Symbol[] symbols) throws NotBoundException;

    Terminal getTerminal() throws NotBoundException;

    String getTerminalName() throws NotBoundException;

    Dictionary getUserValues(Symbol[] symbols) throws NotBoundException;

    boolean isBound();

    void release() throws MediaBindException, NotBoundException;

    void releaseToDestroy() throws MediaBindException;

    void releaseToService(String string, int value) throws MediaBindException, MediaConfigException, NotBoundException;

    void releaseToTag(String string) throws MediaBindException;

    void removeListener(EventListener listener);

    void removeMediaListener(MediaListener mediaListener);

    void setParameters(Dictionary parameters) throws NotBoundException;

    void setUserDictionary(Dictionary userDictionary) throws NotBoundException;

    void setUserValues(Dictionary userValues) throws NotBoundException;

    void stop() throws NotBoundException;

    void triggerRTC(Symbol symbol) throws NotBoundException;
}
