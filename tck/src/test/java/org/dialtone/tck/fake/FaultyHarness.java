package org.dialtone.tck.fake;

import java.util.List;
import java.util.Optional;
import org.dialtone.tck.spi.Harness;
import org.dialtone.tck.spi.Line;

/** A harness for {@link FaultyPeer} making the given faults on plain sim, driven through JTAPI only. */
final class FaultyHarness implements Harness {
    private final String faults;

    FaultyHarness(String faults) {
        this.faults = faults;
    }

    @Override
    public String peerClassName() {
        return FaultyPeer.class.getName();
    }

    @Override
    public String providerString() {
        return faults + "|sim";
    }

    @Override
    public List<Line> lines() {
        return List.of(Line.of("1001"), Line.of("1002"), Line.of("1003"));
    }

    @Override
    public Optional<String> externalNumber() {
        return Optional.of("5550100");
    }
}
