package org.dialtone.tck.sim;

import org.dialtone.sim.SimSwitch;
import org.dialtone.tck.spi.FarEnd;

/** The kit's far-end driver on Dialtone's sim switch: each action is one call of its scripting API. */
final class SimFarEnd implements FarEnd {
    private final SimSwitch sim;

    SimFarEnd(SimSwitch sim) {
        this.sim = sim;
    }

    @Override
    public void call(String externalNumber, String address) {
        sim.call(externalNumber, address);
    }

    @Override
    public void answer(String address) {
        sim.party(address).answer();
    }

    @Override
    public void hangUp(String address) {
        sim.party(address).hangUp();
    }

    @Override
    public void willAnswer(String number) {
        sim.party(number).willAnswer();
    }

    @Override
    public void willReject(String number) {
        sim.party(number).willReject();
    }

    @Override
    public void willBeBusy(String number) {
        sim.party(number).willBeBusy();
    }
}
