/**
 * The machinery behind media {@code Symbol}s: the int code layout, the full table of defined
 * symbols and their printable names.
 */
package javax.telephony.media.symbols;
