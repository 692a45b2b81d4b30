package org.dialtone;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.telephony.JtapiPeer;
import javax.telephony.Provider;
import javax.telephony.ProviderUnavailableException;
import org.dialtone.internal.backend.Backend;
import org.dialtone.internal.backend.sip.SipBackend;
import org.dialtone.internal.backend.sip.SipConfig;
import org.dialtone.internal.model.ProviderImpl;
import org.dialtone.sim.SimSwitch;
import org.dialtone.sim.SwitchPlan;
import org.dialtone.sim.SwitchPlanException;

/**
 * Dialtone's JTAPI peer: {@code getProvider("sim")} gives a provider on the in-memory switch,
 * {@code getProvider("sip;...")} one that speaks SIP. See the README for the provider string.
 */
public class DialtonePeer implements JtapiPeer {

    /** Creates the peer; {@code JtapiPeerFactory} does this by reflection. */
    public DialtonePeer() {
    }

    @Override
    public String getName() {
        return DialtonePeer.class.getName();
    }

    @Override
    public String[] getServices() {
        return ProviderString.services().toArray(new String[0]);
    }

    /**
     * Creates a provider for the service and options in {@code providerString} and brings it into
     * service.
     *
     * @throws ProviderUnavailableException with {@code CAUSE_INVALID_SERVICE} for an unknown
     *     service, {@code CAUSE_INVALID_ARGUMENT} for a malformed string or option, or
     *     {@code CAUSE_NOT_IN_SERVICE} if the backend cannot be used
     */
    @Override
    public Provider getProvider(String providerString) {
        ProviderString parsed = ProviderString.parse(providerString);
        Backend backend = "sim".equals(parsed.service()) ? simBackend(parsed) : sipBackend(parsed);
        ProviderImpl provider = new ProviderImpl(parsed.toString(), backend);
        provider.start();
        return provider;
    }

    private static Backend simBackend(ProviderString parsed) {
        Optional<String> name = parsed.value("name");
        Optional<SwitchPlan> config = parsed.value("config").map(DialtonePeer::loadPlan);
        SimSwitch sim;
        if (name.isPresent()) {
            Optional<SimSwitch> existing = SimSwitch.named(name.get());
            if (existing.isPresent() && config.isPresent() && !existing.get().plan().equals(config.get())) {
                throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT,
                        "sim switch '" + name.get() + "' already exists with another plan than config="
                                + parsed.value("config").get());
            }
            sim = existing.orElseGet(() -> SimSwitch.create(name.get(), config.orElseGet(SwitchPlan::defaultPlan),
                    org.dialtone.sim.SimClock.system()));
        } else {
            sim = SimSwitch.createPrivate(config.orElseGet(SwitchPlan::defaultPlan));
        }
        try {
            return sim.attach();
        } catch (IllegalStateException inUse) {
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE,
                    inUse.getMessage());
        }
    }

    private static SwitchPlan loadPlan(String path) {
        try {
            return SwitchPlan.load(Path.of(path));
        } catch (SwitchPlanException e) {
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT,
                    "config=" + path + ": " + e.getMessage());
        }
    }

    private static Backend sipBackend(ProviderString parsed) {
        Map<String, String> values = new LinkedHashMap<>();
        parsed.keys().forEach(key -> values.put(key, parsed.value(key).orElseThrow()));
        SipConfig config;
        try {
            config = SipConfig.parse(values);
        } catch (IllegalArgumentException e) {
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, e.getMessage());
        }
        try {
            return SipBackend.open(config);
        } catch (IOException e) {
            throw new ProviderUnavailableException(ProviderUnavailableException.CAUSE_NOT_IN_SERVICE, e.getMessage());
        }
    }
}
