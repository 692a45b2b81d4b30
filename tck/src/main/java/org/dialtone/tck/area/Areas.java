package org.dialtone.tck.area;

import java.util.List;

/** Every test class of the kit, in the order the report lists their areas. */
public final class Areas {
    /** The test classes, core first, then call control, then the optional features. */
    public static final List<Class<?>> ALL = List.of(
            ProviderTest.class,
            ProviderEventsTest.class,
            InitiateTest.class,
            RespondTest.class,
            RoutePointTest.class,
            DialTest.class,
            DropTest.class,
            SharedLineTest.class,
            TerminateTest.class,
            FailureTest.class,
            InboundTest.class,
            CallControlStatesTest.class,
            ObserverEventsTest.class,
            ListenerEventsTest.class,
            AddressTerminalTest.class,
            CapabilitiesTest.class,
            HoldTest.class,
            TransferTest.class,
            ConferenceTest.class,
            ParkTest.class,
            PickupTest.class,
            RedirectTest.class,
            ForwardingTest.class,
            DoNotDisturbTest.class,
            MessageWaitingTest.class);

    private Areas() {
    }
}
