package org.dialtone.internal.backend.sip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stack's UDP socket buffers are asked far above JAIN SIP's 64 KiB: with 64 KiB a burst of a
 * few hundred messages overflowed while the stack's reader waited for the CPU (the sip benchmark
 * lost thousands of datagrams at 3,000 calls/s, and each lost ACK or BYE held its call for 32 s).
 */
class SipStackBuffersTest {

    @Test
    void udpSocketBuffersAreAskedLargerThanTheStacksDefault() throws Exception {
        SipConfig config = SipConfig.parse(Map.of("users", "alice", "port", String.valueOf(Sipp.freePort())));
        SipStackHandle sip = SipStackHandle.open(config);
        try {
            assertThat(sip.stack.getReceiveUdpBufferSize()).isEqualTo(4 * 1024 * 1024);
            assertThat(sip.stack.getSendUdpBufferSize()).isEqualTo(4 * 1024 * 1024);
        } finally {
            sip.stop();
        }
    }
}
