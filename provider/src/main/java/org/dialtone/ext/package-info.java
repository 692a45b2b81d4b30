/**
 * Dialtone's extensions: session operations that JTAPI 1.4 has no method for (swap hold, one-step
 * conference, indirect park, call completion, secure calls, handoff, address translation, digits
 * in a call). Each is an interface implemented by the object an application already holds: cast
 * the {@code Call}, {@code TerminalConnection}, {@code Address} or {@code Provider} to it.
 *
 * <p>Whether this provider offers an extension is asked of the provider, since JTAPI's capability
 * interfaces have no room for it:
 *
 * <pre>{@code
 * if (provider instanceof ExtensionSupport ext && ext.isSupported(Extension.SWAP_HOLD)) {
 *     ((SwapHold) heldTerminalConnection).swapHold(activeTerminalConnection);
 * }
 * }</pre>
 *
 * An extension the provider does not offer answers {@code MethodNotSupportedException}, as JTAPI's
 * own optional methods do.
 */
package org.dialtone.ext;
