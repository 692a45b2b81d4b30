package org.dialtone.internal.backend.sip;

import gov.nist.javax.sip.clientauthutils.AccountManager;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.clientauthutils.UserCredentials;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;
import javax.telephony.events.Ev;
import org.dialtone.ext.DiallingLocation;
import org.dialtone.ext.Extension;
import org.dialtone.internal.backend.Backend;
import org.dialtone.internal.backend.CallImage;
import org.dialtone.internal.backend.ForwardingRule;
import org.dialtone.internal.backend.Signals;
import org.dialtone.internal.backend.Topology;
import org.dialtone.internal.capability.Capability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIP on JAIN SIP RI as a {@link Backend}: the provider's users are SIP user agents it hosts. They
 * register at the registrar (if one is configured), place the legs the model routes as INVITEs and
 * take INVITEs addressed to them as incoming calls; a call between two users of the same provider
 * never leaves it.
 *
 * <p>Threads (docs/concurrency.md): all SIP state lives on one thread of this backend,
 * {@code dialtone-sip-<stack>}, as the model's state lives on its loop. Commands from the model and
 * events from the stack's threads are queued there and never block their caller; timers
 * (registration refresh, no-answer) run there too. So no lock guards the calls below, and signals
 * leave in the order the SIP messages came. The stack's own threads only queue.
 */
public final class SipBackend implements Backend {
    private static final Logger LOG = LoggerFactory.getLogger(SipBackend.class);
    /** How long the provider waits for registrations before it comes into service anyway. */
    private static final Duration REGISTRATION_WAIT = Duration.ofSeconds(5);
    /** How long stopping waits for the registrar to confirm that bindings are removed. */
    private static final long UNREGISTER_WAIT_MILLIS = 2000;
    /**
     * What sip carries today: calls both ways, pickup of a ringing user, do-not-disturb, message
     * waiting, hold and unhold (re-INVITE), consultation (hold and a new call), blind transfer of
     * a far end (REFER) and transfer to a consultation call (REFER with Replaces), redirect and
     * forwarding ({@link Forwarder}: 302 for an INVITE). Not yet: conference, park (no orbits) and
     * group pickup (no groups); the model refuses those with MethodNotSupportedException.
     */
    private static final Set<Capability> OPERATIONS = Collections.unmodifiableSet(EnumSet.of(Capability.OBSERVE,
            Capability.CONNECT, Capability.DISCONNECT, Capability.ANSWER, Capability.DROP, Capability.OFF_HOOK,
            Capability.ACCEPT, Capability.REJECT, Capability.ADD_TO_ADDRESS, Capability.JOIN, Capability.LEAVE,
            Capability.PICKUP_CONNECTION, Capability.PICKUP_TERMINAL_CONNECTION, Capability.PICKUP_FROM_ADDRESS,
            Capability.SET_DO_NOT_DISTURB, Capability.GET_DO_NOT_DISTURB, Capability.SET_MESSAGE_WAITING,
            Capability.GET_MESSAGE_WAITING, Capability.HOLD, Capability.UNHOLD, Capability.TRANSFER_TO_ADDRESS,
            Capability.CONSULT_TO_ADDRESS, Capability.CONSULT_WITHOUT_ADDRESS, Capability.TRANSFER_TO_CALL,
            Capability.SET_TRANSFER_CONTROLLER, Capability.SET_TRANSFER_ENABLE, Capability.REDIRECT,
            Capability.SET_FORWARDING, Capability.GET_FORWARDING, Capability.CANCEL_FORWARDING));

    /**
     * The extensions sip carries: digits (RTP events or SIP INFO), swap hold (two re-INVITEs), secure calls and
     * address translation (both in the model). Not yet: conference set-up (no conference), call completion (it needs to
     * know when a party beyond the provider is free), handoff between providers, indirect park.
     */
    private static final Set<Extension> EXTENSIONS = Collections.unmodifiableSet(EnumSet.of(Extension.DIGITS,
            Extension.SWAP_HOLD, Extension.SECURE_CALL, Extension.ADDRESS_TRANSLATION));

    final SipConfig config;
    final SipStackHandle sip;
    final SipMessages messages;
    final RtpDrain rtp;
    final AuthenticationHelper auth;
    private final Topology topology;
    private final Map<String, SipConfig.User> users = new LinkedHashMap<>();
    private final ScheduledThreadPoolExecutor owner;
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** Redirect and forwarding; owned by the backend's thread. */
    /** Redirection both ways: the 302s our users send, the 3xx our calls follow. */
    final Redirection redirection = new Redirection(this);
    private final Forwarder forwarder = new Forwarder(this, redirection);

    // Owned by the backend's thread.
    private Signals signals;
    private boolean inService;
    private final Map<String, Registration> registrations = new LinkedHashMap<>();
    private final Map<String, Registration> registrationsByCallId = new HashMap<>();
    private final Map<Long, SipCall> callsByLeg = new HashMap<>();
    private final Map<String, SipCall> callsByCallId = new HashMap<>();
    /** Users whose address or terminal has do-not-disturb on: calls to them are refused as busy. */
    private final Set<String> addressesNotDisturbed = new HashSet<>();
    private final Set<String> terminalsNotDisturbed = new HashSet<>();

    private SipBackend(SipConfig config, SipStackHandle sip, RtpDrain rtp) {
        this.config = config;
        this.sip = sip;
        this.rtp = rtp;
        this.messages = new SipMessages(config, sip);
        this.auth = sip.authenticationHelper(new Accounts());
        Map<String, List<String>> terminalsByAddress = new LinkedHashMap<>();
        for (SipConfig.User user : config.users()) {
            users.put(user.name(), user);
            terminalsByAddress.put(user.name(), List.of(user.name()));
        }
        this.topology = Topology.of(terminalsByAddress, new ArrayList<>(users.keySet()));
        this.owner = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "dialtone-sip-" + sip.name);
            t.setDaemon(true);
            return t;
        });
        owner.setRemoveOnCancelPolicy(true);
        owner.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Creates the stack and listens as {@code config} says; {@link #start} then brings it into
     * service.
     *
     * @throws IOException if it cannot listen (the port is taken, the host is not local)
     */
    public static SipBackend open(SipConfig config) throws IOException {
        Objects.requireNonNull(config, "config");
        InetAddress host = InetAddress.getByName(config.host());
        SipStackHandle sip = SipStackHandle.open(config);
        try {
            return new SipBackend(config, sip, new RtpDrain(host, sip.name));
        } catch (IOException | RuntimeException e) {
            sip.stop();
            throw e;
        }
    }

    @Override
    public Topology topology() {
        return topology;
    }

    @Override
    public Set<Capability> operations() {
        return OPERATIONS;
    }

    @Override
    public Set<Extension> extensions() {
        return EXTENSIONS;
    }

    /** Registers the users, if there is a registrar; in service once they are (or have failed). */
    @Override
    public void start(Signals signals) {
        Objects.requireNonNull(signals, "signals");
        run(() -> {
            if (this.signals != null) {
                return;
            }
            this.signals = signals;
            sip.listen(new StackEvents());
            if (config.registrar().isEmpty()) {
                comeIntoService();
                return;
            }
            for (SipConfig.User user : config.users()) {
                Registration r = new Registration(user, config, sip, messages, auth, new Registration.Host() {
                    @Override
                    public void settled(Registration registration) {
                        if (!inService && registrations.values().stream()
                                .allMatch(x -> x.state() != Registration.State.REGISTERING)) {
                            comeIntoService();
                        }
                    }

                    @Override
                    public ScheduledFuture<?> schedule(Duration delay, Runnable task) {
                        return SipBackend.this.schedule(delay, task);
                    }
                });
                registrations.put(user.name(), r);
                registrationsByCallId.put(r.callId(), r);
            }
            registrations.values().forEach(Registration::register);
            schedule(REGISTRATION_WAIT, () -> {
                if (!inService) {
                    LOG.warn("sip provider on {}: the registrar has not answered every user within {} s;"
                            + " in service anyway", sip.name, REGISTRATION_WAIT.getSeconds());
                    comeIntoService();
                }
            });
        });
    }

    private void comeIntoService() {
        inService = true;
        LOG.info("sip provider {} listens on {} {}:{}", sip.name, config.transport().sipName(), config.host(),
                config.port());
        signal(Signals::inService);
    }

    @Override
    public boolean isDialable(String destination) {
        return messages.isDialable(destination);
    }

    /** SIP addresses are whole only when the user says so: overlap dialling ends with {@code #}. */
    @Override
    public boolean isCompleteNumber(String digits) {
        return false;
    }

    @Override
    public void route(long leg, String caller, String destination) {
        run(() -> {
            if (!users.containsKey(caller)) {
                LOG.info("sip provider {}: cannot call {} from {}, which is not one of its users", sip.name,
                        destination, caller);
                signal(s -> s.failed(leg, Ev.CAUSE_DEST_NOT_OBTAINABLE));
                return;
            }
            Registration registration = registrations.get(caller);
            if (registration != null && registration.state() == Registration.State.FAILED) {
                LOG.info("call from {} to {} refused: {} is out of service ({})", caller, destination, caller,
                        registration.cause());
                signal(s -> s.failed(leg, Ev.CAUSE_NETWORK_NOT_OBTAINABLE));
                return;
            }
            OutgoingCall.start(this, leg, caller, destination);
        });
    }

    /**
     * A blind transfer of a party beyond the provider goes as REFER on that party's dialog (its
     * leg's call); one of the provider's users is transferred by calling the destination from it.
     */
    @Override
    public void routeTransfer(long leg, long transferred, String caller, String destination) {
        if (users.containsKey(caller)) {
            route(leg, caller, destination);
            return;
        }
        run(() -> {
            SipCall call = callsByLeg.get(transferred);
            if (call == null || call.farLeg() != transferred) {
                LOG.info("sip provider {}: cannot transfer {} to {}: no dialog with it", sip.name, caller,
                        destination);
                signal(s -> s.failed(leg, Ev.CAUSE_DEST_NOT_OBTAINABLE));
                return;
            }
            call.refer(leg, destination);
        });
    }

    /**
     * A call between two users of this provider: the called user's terminal (the application)
     * rings, unless the user does not want to be disturbed.
     */
    @Override
    public void offer(long leg, String caller, String address) {
        run(() -> forwarder.offer(leg, caller, address));
    }

    /** An INVITE the model offers to its user: it rings (180), or fails as not to be disturbed. */
    @Override
    public void offerIncoming(long callerLeg, long leg, String caller, String address) {
        run(() -> {
            SipCall call = callsByLeg.get(callerLeg);
            if (!(call instanceof IncomingCall)) {
                return;
            }
            forwarder.offerIncoming((IncomingCall) call, leg, caller, address);
        });
    }

    boolean notDisturbed(String user) {
        return addressesNotDisturbed.contains(user) || terminalsNotDisturbed.contains(user);
    }

    @Override
    public void answer(long leg, String terminal) {
        run(() -> {
            forwarder.legEnded(leg);
            SipCall call = callsByLeg.get(leg);
            if (call != null) {
                call.answer(leg, terminal);
            }
        });
    }

    /**
     * Never called: a sip provider has no park orbits in its topology, so the model refuses park
     * before it would command it (and its capabilities do not claim park).
     */
    @Override
    public void park(long parkerLeg, long orbitLeg, String orbit) {
        LOG.warn("sip provider {} has no park orbit; park of leg {} to '{}' ignored", sip.name, parkerLeg, orbit);
    }

    /**
     * Another user takes a call that rings one of the provider's users: an incoming SIP call is
     * answered (200) on the taker's behalf; a call between two users needs nothing on the wire.
     */
    @Override
    public void pickup(long pickedLeg, long newLeg, String address, String terminal) {
        run(() -> {
            forwarder.legEnded(pickedLeg);
            SipCall call = callsByLeg.get(pickedLeg);
            if (call instanceof IncomingCall) {
                ((IncomingCall) call).pickedUp(pickedLeg, newLeg, address);
            }
        });
    }

    /** @throws UnsupportedOperationException always: handoff is not among {@link #extensions()} */
    @Override
    public boolean registerApplication(String application) {
        throw new UnsupportedOperationException("a sip provider cannot hand calls to another provider yet");
    }

    @Override
    public void unregisterApplication(String application) {
        // nothing was ever registered
    }

    /** @throws UnsupportedOperationException always: handoff is not among {@link #extensions()} */
    @Override
    public boolean handOff(CallImage call, String application) {
        throw new UnsupportedOperationException("a sip provider cannot hand calls to another provider yet");
    }

    /**
     * Sends the digits in order once answered: as RFC 4733 events on RTP when both session
     * descriptions carry telephone-event, else as SIP INFO (application/dtmf-relay), one per digit.
     */
    @Override
    public void sendDigits(long leg, String party, String digits) {
        run(() -> {
            SipCall call = callsByLeg.get(leg);
            if (call != null) {
                call.sendDigits(digits);
            }
        });
    }

    /** The default dialling location: the provider string has no key for one yet. */
    @Override
    public DiallingLocation diallingLocation() {
        return DiallingLocation.DEFAULT;
    }

    /**
     * A call between users goes on to the destination inside the provider; an INVITE is answered
     * 302 and leaves the provider ({@link Forwarder#redirect}). A leg that ended meanwhile ends the
     * new one too.
     */
    @Override
    public void redirect(long leg, long newLeg, String caller, String destination) {
        run(() -> {
            SipCall call = callsByLeg.get(leg);
            if (!forwarder.redirect(leg, newLeg, destination, call instanceof IncomingCall ? (IncomingCall) call
                    : null)) {
                signal(s -> s.released(newLeg, Ev.CAUSE_NORMAL));
            }
        });
    }

    /** Applied by {@link Forwarder} to calls arriving from now on. */
    @Override
    public void setForwarding(String address, List<ForwardingRule> rules) {
        List<ForwardingRule> copy = List.copyOf(rules);
        run(() -> forwarder.setRules(address, copy));
    }

    @Override
    public void setAddressDoNotDisturb(String address, boolean on) {
        run(() -> {
            if (on) {
                addressesNotDisturbed.add(address);
            } else {
                addressesNotDisturbed.remove(address);
            }
        });
    }

    /** Each user has one terminal, so a terminal's do-not-disturb is its user's. */
    @Override
    public void setTerminalDoNotDisturb(String terminal, boolean on) {
        run(() -> {
            if (on) {
                terminalsNotDisturbed.add(terminal);
            } else {
                terminalsNotDisturbed.remove(terminal);
            }
        });
    }

    /**
     * Nothing goes on the wire: the provider's users have no phone but the application, so their
     * lamp is the JTAPI state the model keeps.
     */
    @Override
    public void setMessageWaiting(String address, boolean on) {
    }

    /** Never called: call completion is not among {@link #extensions()}. */
    @Override
    public void requestCallback(long request, String requester, String target) {
        LOG.warn("sip provider {} has no call completion; callback request {} ignored", sip.name, request);
    }

    /** Never called, as {@link #requestCallback}. */
    @Override
    public void cancelCallback(long request) {
    }

    /** Never called, as {@link #requestCallback}. */
    @Override
    public void campOn(long leg, String caller, String target) {
        LOG.warn("sip provider {} has no call completion; camp-on of leg {} ignored", sip.name, leg);
    }

    /**
     * A re-INVITE offering sendonly on the held party's dialog. A held party that is another user
     * of this provider has no dialog (the call never left the provider): nothing goes out.
     */
    @Override
    public void hold(long holder, long held, String heldAddress) {
        run(() -> {
            SipCall call = callsByLeg.get(held);
            if (call != null) {
                call.hold(true);
            }
        });
    }

    /** A re-INVITE offering sendrecv, as {@link #hold}. */
    @Override
    public void retrieve(long holder, long held, String heldAddress) {
        run(() -> {
            SipCall call = callsByLeg.get(held);
            if (call != null) {
                call.hold(false);
            }
        });
    }

    /**
     * A blind transfer (one leg in {@code to}, the REFER's) is now the model's: once the destination
     * answered, Dialtone leaves the call. A blind transfer to one of the provider's users keeps the
     * far end's dialog, now for that user. A consultation transfer agreed by REFER with Replaces
     * ({@link #proposeTransfer}) ends with Dialtone leaving both dialogs.
     */
    @Override
    public void transfer(long[] transferred, long[] to) {
        run(() -> {
            for (long leg : transferred) {
                SipCall call = callsByLeg.get(leg);
                if (call != null && call.isReplacing()) {
                    call.referTransferred();
                    return;
                }
            }
            for (long leg : to) {
                SipCall call = callsByLeg.get(leg);
                if (call != null && call.isReferLeg(leg)) {
                    call.referTransferred();
                } else if (call != null && call.farLeg() == leg && farCall(transferred) == null) {
                    call.takenOverBy(transferred[0]); // a consulted far party now talks with a user
                } else if (call == null) {
                    for (long moved : transferred) {
                        SipCall far = callsByLeg.get(moved);
                        if (far != null) {
                            far.takenOverBy(leg);
                        }
                    }
                }
            }
        });
    }

    /** Transfers between two parties beyond the provider need their word (REFER with Replaces). */
    @Override
    public boolean confirmsTransfers() {
        return true;
    }

    /**
     * Between two far parties, each alone on its dialog: REFER with Replaces to the first
     * transferred party, naming the dialog with the consulted one. When a side is one of the
     * provider's users, nothing need go on the wire before the model moves the parties
     * ({@link #transfer} then hands a dialog over): agreed at once. A transfer between more
     * parties (a conference) cannot be carried and is refused.
     */
    @Override
    public void proposeTransfer(long request, long[] transferred, long[] to) {
        run(() -> {
            SipCall transferee = farCall(transferred);
            SipCall target = farCall(to);
            if (transferee == null || target == null) {
                signal(s -> s.answered(request, null));
            } else if (transferred.length != 1 || to.length != 1 || transferee == target) {
                LOG.info("sip provider {}: cannot transfer between {} and {} parties by REFER", sip.name,
                        transferred.length, to.length);
                signal(s -> s.failed(request, Ev.CAUSE_RESOURCES_NOT_AVAILABLE));
            } else {
                transferee.referReplacing(request, target);
            }
        });
    }

    /** The call of the first of {@code legs} that is a party beyond the provider, or null. */
    private SipCall farCall(long[] legs) {
        for (long leg : legs) {
            SipCall call = callsByLeg.get(leg);
            if (call != null && call.farLeg() == leg) {
                return call;
            }
        }
        return null;
    }

    /** Never called: conference is not among {@link #operations()} yet. */
    @Override
    public void conference(long[] parties, long[] added) {
        LOG.warn("sip provider {} does not conference yet; conference ignored", sip.name);
    }

    @Override
    public void release(long leg, int cause) {
        run(() -> {
            forwarder.legEnded(leg);
            SipCall call = callsByLeg.get(leg);
            if (call != null && call.isReferLeg(leg)) {
                call.referReleased();
            } else if (call != null) {
                call.release(leg, cause);
            }
        });
    }

    /**
     * Removes the users' bindings (waiting up to two seconds for the registrar), then stops the
     * backend's thread, the RTP ports and the stack with all its threads and sockets.
     */
    @Override
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        CountDownLatch unregistered = new CountDownLatch(1);
        run(() -> {
            AtomicInteger left = new AtomicInteger(registrations.size() + 1);
            Runnable oneDone = () -> {
                if (left.decrementAndGet() == 0) {
                    unregistered.countDown();
                }
            };
            registrations.values().forEach(r -> r.remove(oneDone));
            oneDone.run();
        });
        try {
            if (!unregistered.await(UNREGISTER_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                LOG.info("sip provider {}: the registrar did not confirm every removal in time", sip.name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run(() -> {
            signals = null;
            registrations.values().forEach(Registration::close);
            callsByCallId.values().forEach(SipCall::close);
            callsByLeg.values().forEach(SipCall::close);
            callsByCallId.clear();
            callsByLeg.clear();
        });
        owner.shutdown();
        try {
            if (!owner.awaitTermination(2, TimeUnit.SECONDS)) {
                owner.shutdownNow();
            }
        } catch (InterruptedException e) {
            owner.shutdownNow();
            Thread.currentThread().interrupt();
        }
        rtp.stop();
        sip.stop();
    }

    /** What the provider holds, for leak checks in tests. */
    public String holdings() {
        if (owner.isShutdown()) {
            return "stopped";
        }
        CompletableFuture<String> text = new CompletableFuture<>();
        run(() -> text.complete("calls=" + callsByCallId.size() + " legs=" + callsByLeg.size()
                + " rtp=" + rtp.openPorts()));
        try {
            return text.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (ExecutionException | TimeoutException e) {
            return "stopped";
        }
    }

    /**
     * Why {@code user} is out of service (its registration failed), or empty if it is in service or
     * not a user of this provider.
     */
    public Optional<String> outOfService(String user) {
        if (owner.isShutdown()) {
            return Optional.empty();
        }
        CompletableFuture<Optional<String>> cause = new CompletableFuture<>();
        run(() -> {
            Registration r = registrations.get(user);
            cause.complete(r != null && r.state() == Registration.State.FAILED ? Optional.of(r.cause())
                    : Optional.empty());
        });
        try {
            return cause.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    // ---- for the calls and registrations, on the backend's thread ------------------------------------

    /** Sends a signal to the model, unless the backend has stopped. */
    void signal(Consumer<Signals> signal) {
        if (signals != null) {
            signal.accept(signals);
        }
    }

    /** Runs {@code task} on the backend's thread after {@code delay}; null (and nothing) after stop. */
    ScheduledFuture<?> schedule(Duration delay, Runnable task) {
        try {
            return owner.schedule(guarded(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            return null;
        }
    }

    void track(SipCall call, long leg) {
        callsByCallId.put(call.callId, call);
        callsByLeg.put(leg, call);
    }

    void forgetLeg(long leg) {
        callsByLeg.remove(leg);
    }

    void forgetCall(SipCall call) {
        callsByCallId.remove(call.callId, call);
    }

    /** Whether {@code name} is one of the provider's users. */
    boolean isUser(String name) {
        return users.containsKey(name);
    }

    /** Whether the backend takes new calls now (the model listens and it is in service). */
    boolean accepting() {
        return signals != null && inService;
    }

    /** The call of Call-ID {@code callId}, or null. */
    SipCall call(String callId) {
        return callsByCallId.get(callId);
    }

    boolean hasPassword(String user) {
        SipConfig.User u = users.get(user);
        return u != null && u.password().isPresent();
    }

    /** Answers a request outside any call's own handling (a stateless-looking reply). */
    void respond(RequestEvent event, int code) {
        Request request = event.getRequest();
        if (request.getMethod().equals(Request.ACK)) {
            return;
        }
        try {
            ServerTransaction transaction = event.getServerTransaction();
            if (transaction == null) {
                transaction = sip.provider.getNewServerTransaction(request);
            }
            respond(transaction, code);
        } catch (TransactionAlreadyExistsException retransmission) {
            // the stack answers retransmissions from the transaction it already has
        } catch (Exception e) {
            LOG.debug("could not answer {} with {}: {}", request.getMethod(), code, e.toString());
        }
    }

    void respond(ServerTransaction transaction, int code) {
        try {
            Response response = messages.response(transaction.getRequest(), code, SipMessages.newTag(), null);
            if (code == Response.METHOD_NOT_ALLOWED || code == Response.OK
                    && transaction.getRequest().getMethod().equals(Request.OPTIONS)) {
                response.addHeader(sip.headers.createAllowHeader(SipMessages.ALLOWED));
            }
            transaction.sendResponse(response);
        } catch (Exception e) {
            LOG.debug("could not answer {} with {}: {}", transaction.getRequest().getMethod(), code, e.toString());
        }
    }

    // ---- the stack's events, on the backend's thread --------------------------------------------

    private void onRequest(RequestEvent event) {
        Request request = event.getRequest();
        String method = request.getMethod();
        SipCall call = callsByCallId.get(callIdOf(request));
        if (call != null) {
            if (!call.kept(event)) {
                call.onRequest(event);
            }
            return;
        }
        switch (method) {
            case Request.INVITE:
                if (((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null) {
                    respond(event, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
                } else if (request.getHeader(ReplacingInvite.HEADER) != null) {
                    ReplacingInvite.take(this, event);
                } else {
                    newIncomingCall(event);
                }
                break;
            case Request.ACK:
                break;
            case Request.OPTIONS:
                respond(event, Response.OK);
                break;
            case Request.CANCEL:
            case Request.BYE:
                respond(event, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
                break;
            case Request.REFER:
                // in a dialog we do not have, or outside any dialog: no transfer without a call
                respond(event, ((ToHeader) request.getHeader(ToHeader.NAME)).getTag() != null
                        ? Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST : Response.METHOD_NOT_ALLOWED);
                break;
            default:
                respond(event, Response.METHOD_NOT_ALLOWED);
        }
    }

    private void newIncomingCall(RequestEvent event) {
        Request request = event.getRequest();
        String user = calledUser(request);
        ServerTransaction transaction;
        try {
            transaction = event.getServerTransaction() != null ? event.getServerTransaction()
                    : sip.provider.getNewServerTransaction(request);
        } catch (TransactionAlreadyExistsException retransmission) {
            return;
        } catch (Exception e) {
            LOG.debug("cannot take an INVITE: {}", e.toString());
            return;
        }
        if (user == null || signals == null || !inService) {
            respond(transaction, user == null ? Response.NOT_FOUND : Response.TEMPORARILY_UNAVAILABLE);
            return;
        }
        IncomingCall.start(this, transaction, user);
    }

    /** The local user an INVITE is for: the Request-URI's user, else the To's. */
    private String calledUser(Request request) {
        for (URI uri : new URI[] {request.getRequestURI(), ((ToHeader) request.getHeader(ToHeader.NAME))
                .getAddress().getURI()}) {
            if (uri instanceof SipURI && ((SipURI) uri).getUser() != null
                    && users.containsKey(((SipURI) uri).getUser())) {
                return ((SipURI) uri).getUser();
            }
        }
        return null;
    }

    private void onResponse(ResponseEvent event) {
        Response response = event.getResponse();
        String callId = callIdOf(response);
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (cseq != null && cseq.getMethod().equals(Request.REGISTER)) {
            Registration r = registrationsByCallId.get(callId);
            if (r != null) {
                r.onResponse(event);
            }
            return;
        }
        SipCall call = callsByCallId.get(callId);
        if (call != null) {
            call.onResponse(event);
        }
    }

    private void onTimeout(TimeoutEvent event) {
        Request request = event.isServerTransaction() ? event.getServerTransaction().getRequest()
                : event.getClientTransaction().getRequest();
        String callId = callIdOf(request);
        if (request.getMethod().equals(Request.REGISTER)) {
            Registration r = registrationsByCallId.get(callId);
            if (r != null) {
                r.onTimeout();
            }
            return;
        }
        SipCall call = callsByCallId.get(callId);
        if (call != null) {
            call.onTimeout(event);
        }
    }

    private void onDialogTerminated(DialogTerminatedEvent event) {
        SipCall call = callsByCallId.get(event.getDialog().getCallId().getCallId());
        if (call != null) {
            call.onDialogTerminated(event.getDialog());
        }
    }

    private static String callIdOf(Message message) {
        CallIdHeader header = (CallIdHeader) message.getHeader(CallIdHeader.NAME);
        return header == null ? "" : header.getCallId();
    }

    // ---- the backend's thread --------------------------------------------------------------------

    /** Runs {@code task} on the backend's thread, later; dropped once the backend has stopped. */
    private void run(Runnable task) {
        try {
            owner.execute(guarded(task));
        } catch (RejectedExecutionException stopped) {
            // the backend has stopped: nothing is left to act on
        }
    }

    /** A task whose failure is logged and does not stop the backend's thread from serving others. */
    private Runnable guarded(Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.error("sip provider {}: an event or command failed; carrying on", sip.name, e);
            }
        };
    }

    /** The stack's events, queued from its threads onto the backend's. */
    private final class StackEvents implements SipListener {
        @Override
        public void processRequest(RequestEvent event) {
            run(() -> onRequest(event));
        }

        @Override
        public void processResponse(ResponseEvent event) {
            run(() -> onResponse(event));
        }

        @Override
        public void processTimeout(TimeoutEvent event) {
            run(() -> onTimeout(event));
        }

        @Override
        public void processIOException(IOExceptionEvent event) {
            LOG.info("sip provider {}: I/O error towards {}:{} over {}", sip.name, event.getHost(), event.getPort(),
                    event.getTransport());
        }

        @Override
        public void processTransactionTerminated(TransactionTerminatedEvent event) {
            // transactions end by themselves; calls follow their dialogs
        }

        @Override
        public void processDialogTerminated(DialogTerminatedEvent event) {
            run(() -> onDialogTerminated(event));
        }
    }

    /** The users' digest credentials, by the user that sends the challenged request. */
    private final class Accounts implements AccountManager {
        @Override
        public UserCredentials getCredentials(ClientTransaction challenged, String realm) {
            URI from = ((javax.sip.header.FromHeader) challenged.getRequest()
                    .getHeader(javax.sip.header.FromHeader.NAME)).getAddress().getURI();
            SipConfig.User user = from instanceof SipURI ? users.get(((SipURI) from).getUser()) : null;
            if (user == null || user.password().isEmpty()) {
                return null;
            }
            return new UserCredentials() {
                @Override
                public String getUserName() {
                    return user.name();
                }

                @Override
                public String getPassword() {
                    return user.password().get();
                }

                @Override
                public String getSipDomain() {
                    return config.domain();
                }
            };
        }
    }

    @Override
    public String toString() {
        return "SipBackend[" + config + "]";
    }
}
