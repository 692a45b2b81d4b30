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

    /** The media directions of RFC 3264 section 6.1, as the {@code a=} attribute names them. */
    static final String SENDRECV = "sendrecv";
    static final String SENDONLY = "sendonly";
    static final String RECVONLY = "recvonly";
    static final String INACTIVE = "inactive";

    /** An offer of PCMU, PCMA and telephone-event on {@code port} at {@code host}, both ways. */
    static byte[] offer(String user, String host, int port, long sessionId, long version) {
        return offer(user, host, port, sessionId, version, SENDRECV);
    }

    /** An offer as {@link #offer(String, String, int, long, long)} with the media {@code direction}. */
    static byte[] offer(String user, String host, int port, long sessionId, long version, String direction) {
        Map<Integer, String> codecs = new LinkedHashMap<>();
        codecs.put(PCMU, "PCMU");
        codecs.put(PCMA, "PCMA");
        return describe(user, host, port, sessionId, version, codecs, TELEPHONE_EVENT, direction);
    }

    /**
     * The direction of the first audio stream of {@code sdp}: its own attribute, else the
     * session's, else sendrecv (RFC 3264 section 5.1).
     *
     * @throws IllegalArgumentException if {@code sdp} is not a session description with audio
     */
    static String direction(byte[] sdp) {
        audioOf(sdp);
        String session = SENDRECV;
        String media = null;
        boolean inAudio = false;
        boolean seenAudio = false;
        for (String raw : new String(sdp, StandardCharsets.UTF_8).split("\r?\n")) {
            String line = raw.trim();
            if (line.startsWith("m=")) {
                inAudio = !seenAudio && line.startsWith("m=audio ");
                seenAudio |= inAudio;
            } else if (line.startsWith("a=") && isDirection(line.substring(2))) {
                if (!seenAudio) {
                    session = line.substring(2);
                } else if (inAudio) {
                    media = line.substring(2);
                }
            }
        }
        return media != null ? media : session;
    }

    private static boolean isDirection(String value) {
        return value.equals(SENDRECV) || value.equals(SENDONLY) || value.equals(RECVONLY) || value.equals(INACTIVE);
    }

    /**
     * The direction to answer an offer of direction {@code offered} with (RFC 3264 section 6.1):
     * we send only where the offerer receives, and receive only where it sends and we are not
     * holding it ({@code holding}).
     */
    static String answerDirection(String offered, boolean holding) {
        boolean send = offered.equals(SENDRECV) || offered.equals(RECVONLY);
        boolean receive = !holding && (offered.equals(SENDRECV) || offered.equals(SENDONLY));
        return send && receive ? SENDRECV : send ? SENDONLY : receive ? RECVONLY : INACTIVE;
    }

    /**
     * The answer to {@code offer}: the offered codecs Dialtone knows, in the offerer's order, and
     * telephone-event if offered.
     *
     * @throws IllegalArgumentException if the offer is not SDP, has no audio stream, or offers no
     *     codec in common
     */
    static byte[] answer(byte[] offer, String user, String host, int port, long sessionId, long version) {
        return answer(offer, user, host, port, sessionId, version, SENDRECV);
    }

    /** An answer as {@link #answer(byte[], String, String, int, long, long)} with the media {@code direction}. */
    static byte[] answer(byte[] offer, String user, String host, int port, long sessionId, long version,
            String direction) {
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
        return describe(user, host, port, sessionId, version, codecs, events, direction);
    }

    /**
     * Where the first audio stream of a description receives media, and the payload type it
     * declares for telephone-event.
     *
     * @param address the stream's connection address (its own {@code c=} line, else the session's)
     * @param port the stream's port; 0 for a stream refused or disabled
     * @param telephoneEvent the telephone-event payload type among the stream's formats, or -1
     */
    record Media(String address, int port, int telephoneEvent) {
        /** Whether telephone-events can be sent to this stream. */
        boolean takesEvents() {
            return telephoneEvent >= 0 && port > 0 && !address.isEmpty();
        }
    }

    /**
     * The receiving side of the first audio stream of {@code sdp}.
     *
     * @throws IllegalArgumentException if {@code sdp} is not a session description with audio
     */
    static Media media(byte[] sdp) {
        Audio audio = audioOf(sdp);
        int events = -1;
        for (int pt : audio.formats) {
            if (events < 0 && audio.encodings.getOrDefault(pt, "").equals("TELEPHONE-EVENT")) {
                events = pt;
            }
        }
        return new Media(audio.address, audio.port, events);
    }

    /** Checks that {@code sdp} is a session description with an audio stream; for answers we receive. */
    static void check(byte[] sdp) {
        audioOf(sdp);
    }

    private static byte[] describe(String user, String host, int port, long sessionId, long version,
            Map<Integer, String> codecs, int events, String direction) {
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
        text.append("a=ptime:20\r\n").append("a=").append(direction).append("\r\n");
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The first audio stream of a session description. */
    private static final class Audio {
        final List<Integer> formats = new ArrayList<>();
        /** Upper-case encoding names by payload type, from the stream's rtpmap lines. */
        final Map<Integer, String> encodings = new HashMap<>();
        int port;
        /** The connection address: the stream's own, else the session's. */
        String address = "";
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
        String sessionAddress = "";
        String mediaAddress = null;
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
                String[] fields = value.trim().split("\\s+");
                String address = fields.length >= 3 ? fields[2].split("/")[0] : "";
                if (audio == null) {
                    sessionAddress = address;
                } else if (inAudio) {
                    mediaAddress = address;
                }
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
        audio.address = mediaAddress != null ? mediaAddress : sessionAddress;
        return audio;
    }

    private static void readMedia(String value, Audio audio) {
        String[] fields = value.trim().split("\\s+");
        if (fields.length < 4) {
            throw new IllegalArgumentException("malformed media line 'm=" + abbreviate(value) + "'");
        }
        try {
            audio.port = Integer.parseInt(fields[1].split("/")[0]);
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
