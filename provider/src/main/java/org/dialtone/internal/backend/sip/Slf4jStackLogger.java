package org.dialtone.internal.backend.sip;

import gov.nist.core.StackLogger;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN SIP RI's debug and error log, sent to slf4j under {@code org.dialtone.sip.stack}, so that the
 * stack needs no log4j (its default logger does). The stack instantiates this class by name, through
 * the stack property {@code gov.nist.javax.sip.STACK_LOGGER}; the stack keeps one such logger for the
 * whole JVM, which is harmless since every instance writes to the same slf4j logger.
 *
 * <p>Levels map one to one (fatal to error), but for two kinds of chatter: the stack's info
 * messages (one per message received, among others) go to debug, and so do its warnings that TLS
 * runs on the JVM's default key stores, which every stack logs at start although Dialtone opens no
 * TLS transport; and its errors about malformed messages it dropped go to warn, since they are the
 * sender's fault, not ours. Whether a level is enabled is slf4j's answer, so the stack does not even build its
 * debug messages unless that logger is at debug.
 */
public final class Slf4jStackLogger implements StackLogger {
    private static final Logger LOG = LoggerFactory.getLogger("org.dialtone.sip.stack");

    /** Created by the stack, by reflection. */
    public Slf4jStackLogger() {
    }

    @Override
    public void logStackTrace() {
        logStackTrace(TRACE_DEBUG);
    }

    @Override
    public void logStackTrace(int traceLevel) {
        if (isLoggingEnabled(traceLevel)) {
            log(traceLevel, "stack trace", new Exception("stack trace"));
        }
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        LOG.error("JAIN SIP exception", ex);
    }

    @Override
    public void logDebug(String message) {
        LOG.debug(message);
    }

    @Override
    public void logDebug(String message, Exception ex) {
        LOG.debug(message, ex);
    }

    @Override
    public void logTrace(String message) {
        LOG.trace(message);
    }

    @Override
    public void logFatalError(String message) {
        LOG.error(message);
    }

    @Override
    public void logError(String message) {
        if (isDroppedMessage(message)) {
            LOG.warn(message);
        } else {
            LOG.error(message);
        }
    }

    private static boolean isDroppedMessage(String message) {
        return message != null && (message.startsWith("bad message") || message.startsWith(">>> Dropped Bad Msg"));
    }

    /**
     * An {@link InterruptedException} is logged at debug only: interrupting the stack's event thread
     * is how {@code SipStackHandle} ends it, since the stack's own stop leaves it waiting.
     */
    @Override
    public void logError(String message, Exception ex) {
        if (ex instanceof InterruptedException) {
            LOG.debug("{} (the stack's event thread ends)", message);
        } else {
            LOG.error(message, ex);
        }
    }

    @Override
    public void logWarning(String message) {
        if (isTlsDefaultsNotice(message)) {
            LOG.debug(message);
        } else {
            LOG.warn(message);
        }
    }

    private static boolean isTlsDefaultsNotice(String message) {
        return message != null && (message.startsWith("TLS ") || message.startsWith("Using default keystore")
                || message.startsWith("Using default truststore") || message.startsWith("using default tls"));
    }

    @Override
    public void logInfo(String message) {
        LOG.debug(message);
    }

    @Override
    public boolean isLoggingEnabled() {
        return LOG.isErrorEnabled();
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        if (logLevel <= TRACE_NONE) {
            return false;
        } else if (logLevel <= TRACE_ERROR) {
            return LOG.isErrorEnabled();
        } else if (logLevel <= TRACE_WARN) {
            return LOG.isWarnEnabled();
        } else if (logLevel <= TRACE_DEBUG) {
            return LOG.isDebugEnabled();
        }
        return LOG.isTraceEnabled();
    }

    private void log(int level, String message, Throwable t) {
        if (level <= TRACE_ERROR) {
            LOG.error(message, t);
        } else if (level <= TRACE_WARN) {
            LOG.warn(message, t);
        } else if (level <= TRACE_DEBUG) {
            LOG.debug(message, t);
        } else {
            LOG.trace(message, t);
        }
    }

    /** slf4j's configuration decides what is logged; the stack's switch is ignored. */
    @Override
    public void disableLogging() {
    }

    /** slf4j's configuration decides what is logged; the stack's switch is ignored. */
    @Override
    public void enableLogging() {
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        LOG.debug("JAIN SIP RI build {}", buildTimeStamp);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
    }

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }
}
