package javax.telephony.media;

import java.util.EventListener;

/** Marker super-interface of all listener interfaces in the media API. */
public interface MediaListener extends EventListener {
}
