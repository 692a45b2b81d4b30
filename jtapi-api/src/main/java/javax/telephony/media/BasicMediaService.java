package javax.telephony.media;

import java.util.Dictionary;
import javax.telephony.ProviderUnavailableException;
import javax.telephony.media.async.Async;
import javax.telephony.media.async.Async_PlayerEvent;
import javax.telephony.media.async.Async_Recorder;
import javax.telephony.media.async.Async_RecorderEvent;
import javax.telephony.media.async.Async_SignalDetector;
import javax.telephony.media.async.Async_SignalDetectorEvent;
import javax.telephony.media.async.Async_SignalGenerator;
import javax.telephony.media.async.Async_SignalGeneratorEvent;
import javax.telephony.media.async.Async_TTSPlayer;
import javax.telephony.media.provider.Base_MediaService;

/**
 * Ready-to-use {@code MediaService} implementation that also offers the player, recorder, signal
 * detector, signal generator and TTS methods of its bound media group, in blocking and async forms.
 */
public class BasicMediaService extends Base_MediaService implements MediaService, Recorder, SignalDetector, SignalGenerator, TTSPlayer, Async.MediaService, Async_Recorder, Async_SignalDetector, Async_SignalGenerator, Async_TTSPlayer {
    public BasicMediaService() {
    }

    public BasicMediaService(String string, String string2) throws ClassNotFoundException, IllegalAccessException, InstantiationException, ProviderUnavailableException {
        super(string, string2);
    }

    public BasicMediaService(MediaProvider mediaProvider) {
        super(mediaProvider);
    }

    public PlayerEvent activateTTSDictionary(String[] strings, Dictionary dictionary) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.activateTTSDictionary");
    }

    public PlayerEvent adjustPlayerSpeed(Symbol symbol) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.adjustPlayerSpeed");
    }

    public PlayerEvent adjustPlayerVolume(Symbol symbol) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.adjustPlayerVolume");
    }

    public Async_PlayerEvent async_activateTTSDictionary(String[] strings, Dictionary dictionary) {
        throw NotBuilt.member("BasicMediaService.async_activateTTSDictionary");
    }

    public Async_PlayerEvent async_adjustPlayerSpeed(Symbol symbol) {
        throw NotBuilt.member("BasicMediaService.async_adjustPlayerSpeed");
    }

    public Async_PlayerEvent async_adjustPlayerVolume(Symbol symbol) {
        throw NotBuilt.member("BasicMediaService.async_adjustPlayerVolume");
    }

    public Async_PlayerEvent async_deactivateTTSDictionary(String[] strings, Dictionary dictionary) {
        throw NotBuilt.member("BasicMediaService.async_deactivateTTSDictionary");
    }

    public Async_SignalDetectorEvent async_flushBuffer() {
        throw NotBuilt.member("BasicMediaService.async_flushBuffer");
    }

    public Async_PlayerEvent async_jumpPlayer(Symbol symbol) {
        throw NotBuilt.member("BasicMediaService.async_jumpPlayer");
    }

    public Async_PlayerEvent async_loadTTSDictionary(String[] strings, Dictionary dictionary) {
        throw NotBuilt.member("BasicMediaService.async_loadTTSDictionary");
    }

    public Async_PlayerEvent async_pausePlayer() {
        throw NotBuilt.member("BasicMediaService.async_pausePlayer");
    }

    public Async_RecorderEvent async_pauseRecorder() {
        throw NotBuilt.member("BasicMediaService.async_pauseRecorder");
    }

    public Async_PlayerEvent async_play(String string, int value, RTC[] rTCs, Dictionary dictionary) {
        throw NotBuilt.member("BasicMediaService.async_play");
    }

    public Async_PlayerEvent async_play(String[] strings, int value, RTC[] rTCs, Dictionary dictionary) {
        throw NotBuilt.member("BasicMediaService.async_play");
    }

    public Async_RecorderEvent async_record(String string, RTC[] rTCs, Dictionary dictionary) {
        throw NotBuilt.member("BasicMediaService.async_record");
    }

    public Async_PlayerEvent async_resumePlayer() {
        throw NotBuilt.member("BasicMediaService.async_resumePlayer");
    }

    public Async_RecorderEvent async_resumeRecorder() {
        throw NotBuilt.member("BasicMediaService.async_resumeRecorder");
    }

    public Async_SignalDetectorEvent async_retrieveSignals(int value, Symbol[] symbols, RTC[] rTCs, Dictionary dictionary) {
        throw NotBuilt.member("BasicMediaService.async_retrieveSignals");
    }

    public Async_SignalGeneratorEvent async_sendSignals(String string, RTC[] rTCs, Dictionary dictionary) {
        throw NotBuilt.member("BasicMediaService.async_sendSignals");
    }

    public Async_SignalGeneratorEvent async_sendSignals(Symbol[] symbols, RTC[] rTCs, Dictionary dictionary) {
        throw NotBuilt.member("BasicMediaService.async_sendSignals");
    }

    public Async_PlayerEvent async_stopPlayer() {
        throw NotBuilt.member("BasicMediaService.async_stopPlayer");
    }

    public Async_RecorderEvent async_stopRecorder() {
        throw NotBuilt.member("BasicMediaService.async_stopRecorder");
    }

    public Async_PlayerEvent async_unloadTTSDictionary(String[] strings, Dictionary dictionary) {
        throw NotBuilt.member("BasicMediaService.async_unloadTTSDictionary");
    }

    public PlayerEvent deactivateTTSDictionary(String[] strings, Dictionary dictionary) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.deactivateTTSDictionary");
    }

    public static MediaProvider findMediaProvider(String string, String string2) throws ClassNotFoundException, IllegalAccessException, InstantiationException, ProviderUnavailableException {
        throw NotBuilt.member("BasicMediaService.findMediaProvider");
    }

    public SignalDetectorEvent flushBuffer() throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.flushBuffer");
    }

    public PlayerEvent jumpPlayer(Symbol symbol) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.jumpPlayer");
    }

    public PlayerEvent loadTTSDictionary(String[] strings, Dictionary dictionary) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.loadTTSDictionary");
    }

    public PlayerEvent pausePlayer() throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.pausePlayer");
    }

    public RecorderEvent pauseRecorder() throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.pauseRecorder");
    }

    public PlayerEvent play(String string, int value, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.play");
    }

    public PlayerEvent play(String[] strings, int value, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.play");
    }

    public RecorderEvent record(String string, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.record");
    }

    public PlayerEvent resumePlayer() throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.resumePlayer");
    }

    public RecorderEvent resumeRecorder() throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.resumeRecorder");
    }

    public SignalDetectorEvent retrieveSignals(int value, Symbol[] symbols, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.retrieveSignals");
    }

    public SignalGeneratorEvent sendSignals(String string, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.sendSignals");
    }

    public SignalGeneratorEvent sendSignals(Symbol[] symbols, RTC[] rTCs, Dictionary dictionary) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.sendSignals");
    }

    public PlayerEvent stopPlayer() throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.stopPlayer");
    }

    public RecorderEvent stopRecorder() throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.stopRecorder");
    }

    public PlayerEvent unloadTTSDictionary(String[] strings, Dictionary dictionary) throws MediaResourceException {
        throw NotBuilt.member("BasicMediaService.unloadTTSDictionary");
    }
}
