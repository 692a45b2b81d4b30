package org.dialtone.internal.event;

import java.util.Set;
import javax.telephony.MetaEvent;
import javax.telephony.Provider;
import javax.telephony.ProviderEvent;

/**
 * A change of the provider's state, for provider listeners: in service, out of service, shut
 * down, or the end of event transmission.
 *
 * <p>{@link #getSource()} is the provider, the object whose state the event reports.
 */
public final class ProviderEventImpl extends ListenerEvent implements ProviderEvent {
    private static final Set<Integer> IDS = EventNames.idsDeclaredBy(ProviderEvent.class);

    private final Provider provider;

    /**
     * Creates a provider event.
     *
     * @param id one of the {@code ProviderEvent.PROVIDER_*} ids
     * @param cause the core cause ({@code Event.CAUSE_*})
     * @param metaEvent the meta event bracketing this one, or null
     * @param provider the provider whose state changed; not null
     * @throws IllegalArgumentException if the id or cause is not a valid value
     * @throws NullPointerException if the provider is null
     */
    public ProviderEventImpl(int id, int cause, MetaEvent metaEvent, Provider provider) {
        super(id, IDS, cause, metaEvent);
        this.provider = require(provider, "provider");
    }

    @Override
    public Provider getProvider() {
        return provider;
    }

    /** Returns the provider, whose state this event reports. */
    @Override
    public Object getSource() {
        return provider;
    }

    @Override
    void appendDetails(StringBuilder text) {
        text.append(" provider=").append(provider);
    }
}
