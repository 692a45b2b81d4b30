package org.dialtone.internal.backend.sip;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import javax.sip.SipStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JAIN SIP RI's message trace (every SIP message sent and received), sent to slf4j at trace level
 * under {@code org.dialtone.sip.wire} instead of the stack's own log file. Instantiated by the stack
 * through the stack property {@code gov.nist.javax.sip.SERVER_LOGGER}.
 */
public final class Slf4jMessageLogger implements ServerLogger {
    private static final Logger LOG = LoggerFactory.getLogger("org.dialtone.sip.wire");

    /** Created by the stack, by reflection. */
    public Slf4jMessageLogger() {
    }

    @Override
    public void closeLogFile() {
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        if (LOG.isTraceEnabled()) {
            LOG.trace("{} {} -> {}\n{}", sender ? "sent" : "received", from, to, message.encode());
        }
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        logMessage(message, from, to, sender, time);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        logMessage(message, from, to, sender, 0);
    }

    @Override
    public void logException(Exception ex) {
        LOG.debug("JAIN SIP message exception", ex);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
    }

    @Override
    public void setSipStack(SipStack sipStack) {
    }
}
