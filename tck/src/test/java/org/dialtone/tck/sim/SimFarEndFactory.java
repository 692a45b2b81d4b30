package org.dialtone.tck.sim;

import java.util.Optional;
import javax.telephony.Provider;
import org.dialtone.sim.SimSwitch;
import org.dialtone.tck.spi.FarEnd;
import org.dialtone.tck.spi.FarEndFactory;

/** For a harness file's {@code far-end} key: drives the sim switch behind any Dialtone sim provider. */
public final class SimFarEndFactory implements FarEndFactory {
    /** Used by reflection. */
    public SimFarEndFactory() {
    }

    @Override
    public Optional<FarEnd> open(Provider provider) {
        return SimSwitch.of(provider).map(SimFarEnd::new);
    }
}
