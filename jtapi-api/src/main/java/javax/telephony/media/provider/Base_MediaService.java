package javax.telephony.media.provider;

import java.util.Dictionary;
import javax.telephony.Call;
import javax.telephony.Connection;
import javax.telephony.ProviderUnavailableException;
import javax.telephony.Terminal;
import javax.telephony.media.BindInProgressException;
import javax.telephony.media.ConfigSpec;
import javax.telephony.media.Delegation;
import javax.telephony.media.DelegationEvent;
import javax.telephony.media.MediaBindException;
import javax.telephony.media.MediaCallException;
import javax.telephony.media.MediaConfigException;
import javax.telephony.media.MediaListener;
import javax.telephony.media.MediaProvider;
import javax.telephony.media.MediaService;
import javax.telephony.media.NotBoundException;
import javax.telephony.media.NotDelegatedException;
import javax.telephony.media.Symbol;
import javax.telephony.media.async.Async;
import javax.telephony.media.async.Async_Delegation;

/**
 * Base {@code MediaService} implementation for providers: turns blocking and async application
 * calls into requests to the MPI group provider and media group.
 */
public class Base_MediaService extends Base_Owner implements Delegation, MediaService, Async.MediaService, Async_Delegation, MPI.Owner {
    public Base_MediaService() {
    }

    /** Would bind to the media provider of the named peer; Dialtone has none yet, so it says so. */
    public Base_MediaService(String peerName, String providerString) throws ClassNotFoundException, IllegalAccessException, InstantiationException, ProviderUnavailableException {
        throw noMediaProvider(providerString);
    }

    /** Would use the given media provider; Dialtone has none yet, so it says so. */
    public Base_MediaService(MediaProvider mediaProvider) {
        throw noMediaProvider(String.valueOf(mediaProvider));
    }

    private static ProviderUnavailableException noMediaProvider(String provider) {
        return new ProviderUnavailableException(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE,
                "no media service on " + provider + ": Dialtone does not provide JTAPI media yet");
    }

    public void addMediaListener(MediaListener mediaListener) {
        throw NotBuilt.member("Base_MediaService.addMediaListener");
    }

    public Async.BindToCallEvent async_bindAndConnect(ConfigSpec configSpec, String string, String string2) throws MediaBindException {
        throw NotBuilt.member("Base_MediaService.async_bindAndConnect");
    }

    public Async.BindToCallEvent async_bindToCall(ConfigSpec configSpec, Call call) throws MediaBindException {
        throw NotBuilt.member("Base_MediaService.async_bindToCall");
    }

    public Async.BindEvent async_bindToServiceName(ConfigSpec configSpec, String string) throws MediaBindException {
        throw NotBuilt.member("Base_MediaService.async_bindToServiceName");
    }

    public Async.BindEvent async_bindToTerminal(ConfigSpec configSpec, Terminal terminal) throws MediaBindException {
        throw NotBuilt.member("Base_MediaService.async_bindToTerminal");
    }

    public Async.BindEvent async_bindToTerminalName(ConfigSpec configSpec, String string) throws MediaBindException {
        throw NotBuilt.member("Base_MediaService.async_bindToTerminalName");
    }

    public Async.Event async_cancelBindRequest() {
        throw NotBuilt.member("Base_MediaService.async_cancelBindRequest");
    }

    public Async.MediaGroupEvent async_configure(ConfigSpec configSpec) {
        throw NotBuilt.member("Base_MediaService.async_configure");
    }

    public Async.DelegationEvent async_delegateToService(String string, int value, String string2) throws MediaBindException {
        throw NotBuilt.member("Base_MediaService.async_delegateToService");
    }

    public Async.MediaGroupEvent async_getConfiguration() {
        throw NotBuilt.member("Base_MediaService.async_getConfiguration");
    }

    public Async.MediaGroupEvent async_getParameters(Symbol[] symbols) {
        throw NotBuilt.member("Base_MediaService.async_getParameters");
    }

    public Async.MediaGroupEvent async_getTerminal() {
        throw NotBuilt.member("Base_MediaService.async_getTerminal");
    }

    public Async.MediaGroupEvent async_getTerminalName() {
        throw NotBuilt.member("Base_MediaService.async_getTerminalName");
    }

    public Async.MediaGroupEvent async_getUserValues(Symbol[] symbols) {
        throw NotBuilt.member("Base_MediaService.async_getUserValues");
    }

    public Async.ReleaseEvent async_release() throws MediaBindException {
        throw NotBuilt.member("Base_MediaService.async_release");
    }

    public Async.DelegationEvent async_releaseDelegated() throws BindInProgressException, NotBoundException, NotDelegatedException {
        throw NotBuilt.member("Base_MediaService.async_releaseDelegated");
    }

    public Async.ReleaseEvent async_releaseToDestroy() throws MediaBindException {
        throw NotBuilt.member("Base_MediaService.async_releaseToDestroy");
    }

    public Async.ReleaseEvent async_releaseToService(String string, int value) throws MediaBindException {
        throw NotBuilt.member("Base_MediaService.async_releaseToService");
    }

    public Async.ReleaseEvent async_releaseToTag(String string) throws MediaBindException, NotBoundException {
        throw NotBuilt.member("Base_MediaService.async_releaseToTag");
    }

    public Async.DelegationEvent async_retrieve(Symbol symbol) throws BindInProgressException, NotBoundException, NotDelegatedException {
        throw NotBuilt.member("Base_MediaService.async_retrieve");
    }

    public Async.MediaGroupEvent async_setParameters(Dictionary dictionary) {
        throw NotBuilt.member("Base_MediaService.async_setParameters");
    }

    public Async.MediaGroupEvent async_setUserDictionary(Dictionary dictionary) {
        throw NotBuilt.member("Base_MediaService.async_setUserDictionary");
    }

    public Async.MediaGroupEvent async_setUserValues(Dictionary dictionary) {
        throw NotBuilt.member("Base_MediaService.async_setUserValues");
    }

    public Async.MediaGroupEvent async_stop() {
        throw NotBuilt.member("Base_MediaService.async_stop");
    }

    public Async.MediaGroupEvent async_triggerRTC(Symbol symbol) {
        throw NotBuilt.member("Base_MediaService.async_triggerRTC");
    }

    public void bindAndConnect(ConfigSpec configSpec, String string, String string2) throws MediaBindException, MediaCallException, MediaConfigException {
        throw NotBuilt.member("Base_MediaService.bindAndConnect");
    }

    public Connection bindToCall(ConfigSpec configSpec, Call call) throws MediaBindException, MediaCallException, MediaConfigException {
        throw NotBuilt.member("Base_MediaService.bindToCall");
    }

    public void bindToServiceName(ConfigSpec configSpec, String string) throws MediaBindException, MediaConfigException {
        throw NotBuilt.member("Base_MediaService.bindToServiceName");
    }

    public void bindToTerminal(ConfigSpec configSpec, Terminal terminal) throws MediaBindException, MediaConfigException {
        throw NotBuilt.member("Base_MediaService.bindToTerminal");
    }

    public void bindToTerminalName(ConfigSpec configSpec, String string) throws MediaBindException, MediaConfigException {
        throw NotBuilt.member("Base_MediaService.bindToTerminalName");
    }

    public void cancelBindRequest() {
        throw NotBuilt.member("Base_MediaService.cancelBindRequest");
    }

    public void configure(ConfigSpec configSpec) throws MediaConfigException, NotBoundException {
        throw NotBuilt.member("Base_MediaService.configure");
    }

    public DelegationEvent delegateToService(String string, int value, String string2) throws MediaBindException, MediaConfigException {
        throw NotBuilt.member("Base_MediaService.delegateToService");
    }

    public static MediaProvider findMediaProvider(String string, String string2) throws ClassNotFoundException, IllegalAccessException, InstantiationException, ProviderUnavailableException {
        throw NotBuilt.member("Base_MediaService.findMediaProvider");
    }

    public ConfigSpec getConfiguration() throws NotBoundException {
        throw NotBuilt.member("Base_MediaService.getConfiguration");
    }

    public MediaProvider getMediaProvider() {
        throw NotBuilt.member("Base_MediaService.getMediaProvider");
    }

    public Dictionary getParameters(Symbol[] symbols) throws NotBoundException {
        throw NotBuilt.member("Base_MediaService.getParameters");
    }

    public Terminal getTerminal() throws NotBoundException {
        throw NotBuilt.member("Base_MediaService.getTerminal");
    }

    public String getTerminalName() throws NotBoundException {
        throw NotBuilt.member("Base_MediaService.getTerminalName");
    }

    public Dictionary getUserValues(Symbol[] symbols) throws NotBoundException {
        throw NotBuilt.member("Base_MediaService.getUserValues");
    }

    protected void initMediaService(MediaProvider mediaProvider) {
        throw NotBuilt.member("Base_MediaService.initMediaService");
    }

    protected Object invokeGroupMethod(Request request) throws RuntimeException {
        throw NotBuilt.member("Base_MediaService.invokeGroupMethod");
    }

    public boolean isBinding() {
        throw NotBuilt.member("Base_MediaService.isBinding");
    }

    public boolean isBound() {
        throw NotBuilt.member("Base_MediaService.isBound");
    }

    public boolean isDelegated() {
        throw NotBuilt.member("Base_MediaService.isDelegated");
    }

    public boolean isOwner() {
        throw NotBuilt.member("Base_MediaService.isOwner");
    }

    public void onEventDone(Base.Event event) {
        throw NotBuilt.member("Base_MediaService.onEventDone");
    }

    public void release() throws MediaBindException, NotBoundException {
        throw NotBuilt.member("Base_MediaService.release");
    }

    public void releaseDelegated() throws MediaBindException, NotBoundException, NotDelegatedException {
        throw NotBuilt.member("Base_MediaService.releaseDelegated");
    }

    public void releaseToDestroy() throws MediaBindException {
        throw NotBuilt.member("Base_MediaService.releaseToDestroy");
    }

    public void releaseToService(String string, int value) throws MediaBindException, MediaConfigException, NotBoundException {
        throw NotBuilt.member("Base_MediaService.releaseToService");
    }

    public void releaseToTag(String string) throws MediaBindException {
        throw NotBuilt.member("Base_MediaService.releaseToTag");
    }

    public void removeMediaListener(MediaListener mediaListener) {
        throw NotBuilt.member("Base_MediaService.removeMediaListener");
    }

    public void retrieve(Symbol symbol) throws MediaBindException, NotBoundException, NotDelegatedException {
        throw NotBuilt.member("Base_MediaService.retrieve");
    }

    public void setParameters(Dictionary parameters) throws NotBoundException {
        throw NotBuilt.member("Base_MediaService.setParameters");
    }

    public void setUserDictionary(Dictionary userDictionary) throws NotBoundException {
        throw NotBuilt.member("Base_MediaService.setUserDictionary");
    }

    public void setUserValues(Dictionary userValues) throws NotBoundException {
        throw NotBuilt.member("Base_MediaService.setUserValues");
    }

    public void stop() throws NotBoundException {
        throw NotBuilt.member("Base_MediaService.stop");
    }

    public String toString() {
        throw NotBuilt.member("Base_MediaService.toString");
    }

    public void triggerRTC(Symbol symbol) throws NotBoundException {
        throw NotBuilt.member("Base_MediaService.triggerRTC");
    }
}
