package javax.telephony.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Symbols are interned, so these tests compare them by identity. */
class RTCTest {
    private static final Symbol TRIGGER = SignalDetectorConstants.rtcc_SignalDetected;
    private static final Symbol ACTION = PlayerConstants.rtca_Stop;

    @Test
    void gettersReturnTriggerAndAction() {
        RTC rtc = new RTC(TRIGGER, ACTION);

        assertThat(rtc.getTrigger()).isSameAs(TRIGGER);
        assertThat(rtc.getAction()).isSameAs(ACTION);
    }

    @Test
    void nullTriggerIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RTC(null, ACTION))
                .withMessageContaining("trigger");
    }

    @Test
    void nullActionIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RTC(TRIGGER, null))
                .withMessageContaining("action");
    }

    @Test
    void asrStopPlayStopsThePlayerWhenSpeechIsDetected() {
        assertThat(RTC.ASR_StopPlay.getTrigger()).isSameAs(ASRConstants.rtcc_SpeechDetected);
        assertThat(RTC.ASR_StopPlay.getAction()).isSameAs(PlayerConstants.rtca_Stop);
    }

    @Test
    void sigDetStopPlayStopsThePlayerWhenASignalIsDetected() {
        assertThat(RTC.SigDet_StopPlay.getTrigger())
                .isSameAs(SignalDetectorConstants.rtcc_SignalDetected);
        assertThat(RTC.SigDet_StopPlay.getAction()).isSameAs(PlayerConstants.rtca_Stop);
    }

    @Test
    void sigDetStopRecordStopsTheRecorderWhenASignalIsDetected() {
        assertThat(RTC.SigDet_StopRecord.getTrigger())
                .isSameAs(SignalDetectorConstants.rtcc_SignalDetected);
        assertThat(RTC.SigDet_StopRecord.getAction()).isSameAs(RecorderConstants.rtca_Stop);
    }

    @Test
    void sameRtcIsEqualToItselfAndNotToNullOrOtherTypes() {
        RTC rtc = new RTC(TRIGGER, ACTION);

        assertThat(rtc.equals(rtc)).isTrue();
        assertThat(rtc.equals(null)).isFalse();
        assertThat(rtc.equals(TRIGGER)).isFalse();
    }

    @Test
    void rtcsWithSameTriggerAndActionAreEqualWithEqualHashCodes() {
        RTC rtc = new RTC(TRIGGER, ACTION);
        RTC twin = new RTC(TRIGGER, ACTION);

        assertThat(rtc).isEqualTo(twin);
        assertThat(rtc.hashCode()).isEqualTo(twin.hashCode());
        assertThat(RTC.SigDet_StopPlay).isEqualTo(twin);
    }

    @Test
    void rtcsDifferingInTriggerOrActionAreNotEqual() {
        RTC rtc = new RTC(TRIGGER, ACTION);

        assertThat(rtc).isNotEqualTo(new RTC(ASRConstants.rtcc_SpeechDetected, ACTION));
        assertThat(rtc).isNotEqualTo(new RTC(TRIGGER, RecorderConstants.rtca_Stop));
        assertThat(RTC.SigDet_StopPlay).isNotEqualTo(RTC.SigDet_StopRecord);
    }

    @Test
    void toStringNamesTriggerAndAction() {
        String text = new RTC(TRIGGER, ACTION).toString();

        assertThat(text).isEqualTo("RTC[trigger=" + TRIGGER + ", action=" + ACTION + "]");
    }
}
