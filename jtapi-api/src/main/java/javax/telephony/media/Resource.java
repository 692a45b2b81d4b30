package javax.telephony.media;

/**
 * Marker super-interface for media resources (player, recorder, signal detector and so on) that can
 * be part of a media group.
 */
public interface Resource extends ResourceConstants {
}
