/**
 * Building blocks for a media provider: base classes for media services, resources and events, and
 * their dispatching.
 */
package javax.telephony.media.provider;
