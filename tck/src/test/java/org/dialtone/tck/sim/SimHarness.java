package org.dialtone.tck.sim;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.telephony.Provider;
import org.dialtone.sim.SimSwitch;
import org.dialtone.tck.spi.FarEnd;
import org.dialtone.tck.spi.Harness;
import org.dialtone.tck.spi.Line;
import org.dialtone.tck.spi.SharedLine;

/**
 * Dialtone's sim switch as the kit sees it. {@link #full()} is a switch described by
 * {@code tck-sim.plan} (lines 1001 to 1004, a shared line 1050 on two phones, a route point 4000, a park orbit
 * 7001, a pickup group) with
 * the scripting API as far end; {@link #plain()} is plain {@code sim} driven only through JTAPI.
 */
public final class SimHarness implements Harness {
    private final String providerString;
    private final boolean withFarEnd;
    private final boolean withPlanExtras;

    private SimHarness(String providerString, boolean withFarEnd, boolean withPlanExtras) {
        this.providerString = providerString;
        this.withFarEnd = withFarEnd;
        this.withPlanExtras = withPlanExtras;
    }

    /** The full harness; what {@code dialtone.tck.harness.class} gets. */
    public SimHarness() {
        this("sim;config=" + plan(), true, true);
    }

    /** Everything the kit can use: far end, route point, shared line. */
    public static SimHarness full() {
        return new SimHarness();
    }

    /** Plain {@code sim} with its default plan and no far-end driver: JTAPI calls only. */
    public static SimHarness plain() {
        return new SimHarness("sim", false, false);
    }

    private static Path plan() {
        URL url = SimHarness.class.getResource("/tck-sim.plan");
        if (url == null) {
            throw new IllegalStateException("tck-sim.plan is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String peerClassName() {
        return "org.dialtone.DialtonePeer";
    }

    @Override
    public String providerString() {
        return providerString;
    }

    @Override
    public List<Line> lines() {
        return List.of(Line.of("1001"), Line.of("1002"), Line.of("1003"));
    }

    @Override
    public Optional<String> externalNumber() {
        return Optional.of("5550100");
    }

    @Override
    public Optional<String> routePoint() {
        return withPlanExtras ? Optional.of("4000") : Optional.empty();
    }

    @Override
    public Optional<SharedLine> sharedLine() {
        return withPlanExtras ? Optional.of(new SharedLine("1050", List.of("1050", "1050-b"))) : Optional.empty();
    }

    @Override
    public Optional<String> pickupGroup() {
        return withPlanExtras ? Optional.of("tck") : Optional.empty();
    }

    @Override
    public Optional<String> parkAddress() {
        return withPlanExtras ? Optional.of("7001") : Optional.empty();
    }

    @Override
    public Optional<FarEnd> farEnd(Provider provider) {
        return withFarEnd ? SimSwitch.of(provider).map(SimFarEnd::new) : Optional.empty();
    }

    @Override
    public String description() {
        return "Dialtone " + (withPlanExtras ? "sim (tck-sim.plan)" : "sim") + (withFarEnd ? " with" : " without")
                + " far-end driver";
    }
}
