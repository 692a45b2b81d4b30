package javax.telephony.media.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.ProviderUnavailableException;
import javax.telephony.media.BasicMediaService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The media framework links, and where it is not built it says so instead of doing nothing. */
class MediaFrameworkNotBuiltTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "javax.telephony.media.BasicMediaService", "javax.telephony.media.provider.Base",
            "javax.telephony.media.provider.Base_MediaService", "javax.telephony.media.provider.Base_Owner",
            "javax.telephony.media.provider.Base_ContainerService", "javax.telephony.media.provider.Dispatcher",
            "javax.telephony.media.provider.EventQueue", "javax.telephony.media.provider.NullGroupProvider",
            "javax.telephony.media.provider.NullMediaGroup", "javax.telephony.media.provider.NullMediaPeer",
            "javax.telephony.media.provider.Request", "javax.telephony.media.provider.S200_ASREvent",
            "javax.telephony.media.provider.S200_PlayerEvent", "javax.telephony.media.provider.S200_RecorderEvent",
            "javax.telephony.media.provider.S200_SignalDetectorEvent", "javax.telephony.media.provider.Signals"})
    void frameworkClassLinksAndInitializes(String name) throws ClassNotFoundException {
        Class<?> type = Class.forName(name, true, getClass().getClassLoader());

        assertThat(type.getName()).isEqualTo(name);
    }

    @Test
    void mediaPeerSaysMediaIsNotImplemented() {
        assertThatThrownBy(() -> new NullMediaPeer().getMediaProvider("any"))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("NullMediaPeer.getMediaProvider")
                .hasMessageContaining("does not provide JTAPI media");
    }

    @Test
    void basicMediaServiceSaysWhichMethodIsNotImplemented() {
        BasicMediaService service = new BasicMediaService();

        assertThatThrownBy(service::isBound)
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("isBound is not implemented");
    }

    @Test
    void mediaServiceOnAProviderIsRefusedWithProviderUnavailable() {
        assertThatThrownBy(() -> new BasicMediaService("DefaultJtapiPeer", "sim"))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("no media service on sim");
    }

    @Test
    void signalNamesAreNotImplementedYet() {
        assertThatThrownBy(() -> Signals.getSignalName(null))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Signals.getSignalName");
    }
}
