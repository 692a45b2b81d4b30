package org.dialtone.internal.backend.sip;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The session descriptions the backend offers and answers (RFC 3264): one audio stream with PCMU,
 * PCMA and telephone-event (RFC 4733). Only what offer/answer needs is read from the far end's SDP:
 * its audio formats; anything unreadable is refused with {@link IllegalArgumentException}.
 */
final class Sdp {
    static final int PCMU = 0;
    static final int PCMA = 8;
    /** The payload type Dialtone offers for telephone-event; an answer uses the offerer's. */
    static final int TELEPHONE_EVENT = 101;

    private Sdp() {
    }

    /** An offer of PCMU, PCMA and telephone-event on {@code port} at {@code host}. */
    static byte[] offer(String user, String host, int port, long sessionId, long version) {
        Map<Integer, String> codecs = new LinkedHashMap<>();
        codecs.put(PCMU, "PCMU");
        codecs.put(PCMA, "PCMA");
        return describe(user, host, port, sessionId, version, codecs, TELEPHONE_EVENT);
    }

    /**
     * The answer to {@code offer}: the offered codecs Dialtone knows, in the offerer's order, and
     * telephone-event if offered.
     *
     * @throws IllegalArgumentException if the offer is not SDP, has no audio stream, or offers no
     *     codec in common
     */
    static byte[] answer(byte[] offer, String user, String host, int port, long sessionId, long version) {
        Audio audio = audioOf(offer);
        Map<Integer, String> codecs = new LinkedHashMap<>();
        int events = -1;
        for (int pt : audio.formats) {
            String name = audio.encodings.getOrDefault(pt, pt == PCMU ? "PCMU" : pt == PCMA ? "PCMA" : "");
            if (name.equals("PCMU") || name.equals("PCMA")) {
                codecs.put(pt, name);
            } else if (name.equals("TELEPHONE-EVENT") && events < 0) {
                events = pt;
            }
        }
        if (codecs.isEmpty()) {
            throw new IllegalArgumentException("no codec in common: the offer has payload types " + audio.formats
                    + " and Dialtone speaks PCMU and PCMA");
        }
        return describe(user, host, port, sessionId, version, codecs, events);
    }

    /** Checks that {@code sdp} is a session description with an audio stream; for answers we receive. */
    static void check(byte[] sdp) {
        audioOf(sdp);
    }

    private static byte[] describe(String user, String host, int port, long sessionId, long version,
            Map<Integer, String> codecs, int events) {
        String ip = host.contains(":") ? "IP6" : "IP4";
        StringBuilder text = new StringBuilder()
                .append("v=0\r\n")
                .append("o=").append(user).append(' ').append(sessionId).append(' ').append(version)
                .append(" IN ").append(ip).append(' ').append(host).append("\r\n")
                .append("s=Dialtone\r\n")
                .append("c=IN ").append(ip).append(' ').append(host).append("\r\n")
                .append("t=0 0\r\n")
                .append("m=audio ").append(port).append(" RTP/AVP");
        codecs.keySet().forEach(pt -> text.append(' ').append(pt));
        if (events >= 0) {
            text.append(' ').append(events);
        }
        text.append("\r\n");
        codecs.forEach((pt, name) -> text.append("a=rtpmap:").append(pt).append(' ').append(name).append("/8000\r\n"));
        if (events >= 0) {
            text.append("a=rtpmap:").append(events).append(" telephone-event/8000\r\n")
                    .append("a=fmtp:").append(events).append(" 0-16\r\n");
        }
        text.append("a=ptime:20\r\n").append("a=sendrecv\r\n");
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The first audio stream of a session description. */
    private static final class Audio {
        final List<Integer> formats = new ArrayList<>();
        /** Upper-case encoding names by payload type, from the stream's rtpmap lines. */
        final Map<Integer, String> encodings = new HashMap<>();
    }

    private static Audio audioOf(byte[] sdp) {
        if (sdp == null || sdp.length == 0) {
            throw new IllegalArgumentException("the session description is empty");
        }
        String[] lines = new String(sdp, StandardCharsets.UTF_8).split("\r?\n");
        if (!lines[0].trim().equals("v=0")) {
            throw new IllegalArgumentException("not a session description: it does not start with v=0");
        }
        Audio audio = null;
        boolean inAudio = false;
        boolean connection = false;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.length() < 2 || line.charAt(1) != '=') {
                throw new IllegalArgumentException("not a session description line: '" + abbreviate(line) + "'");
            }
            char type = line.charAt(0);
            String value = line.substring(2);
            if (type == 'm') {
                inAudio = audio == null && value.startsWith("audio ");
                if (inAudio) {
                    audio = new Audio();
                    readMedia(value, audio);
                }
            } else if (type == 'c') {
                connection |= audio == null || inAudio;
            } else if (type == 'a' && inAudio && value.startsWith("rtpmap:")) {
                readRtpmap(value.substring("rtpmap:".length()), audio);
            }
        }
        if (audio == null) {
            throw new IllegalArgumentException("the session description has no audio stream");
        }
        if (!connection) {
            throw new IllegalArgumentException("the session description has no connection line for its audio");
        }
        return audio;
    }

    private static void readMedia(String value, Audio audio) {
        String[] fields = value.trim().split("\\s+");
        if (fields.length < 4) {
            throw new IllegalArgumentException("malformed media line 'm=" + abbreviate(value) + "'");
        }
        try {
            Integer.parseInt(fields[1].split("/")[0]);
            for (int i = 3; i < fields.length; i++) {
                audio.formats.add(Integer.parseInt(fields[i]));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed media line 'm=" + abbreviate(value) + "'");
        }
    }

    private static void readRtpmap(String value, Audio audio) {
        String[] fields = value.trim().split("\\s+");
        if (fields.length < 2) {
            return;
        }
        try {
            audio.encodings.put(Integer.parseInt(fields[0]), fields[1].split("/")[0].toUpperCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed rtpmap 'a=rtpmap:" + abbreviate(value) + "'");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
