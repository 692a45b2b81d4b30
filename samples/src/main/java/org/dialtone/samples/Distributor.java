package org.dialtone.samples;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.telephony.Address;
import javax.telephony.Call;
import javax.telephony.CallEvent;
import javax.telephony.Connection;
import javax.telephony.Event;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.Provider;
import javax.telephony.ResourceUnavailableException;
import javax.telephony.callcontrol.CallControlConnection;

/**
 * A call-centre distributor: calls that reach one address (a route point, or an address whose
 * phone would ring) are redirected to a group of agent addresses in turn, round robin, skipping
 * agents that are on a call; when every agent is busy a call waits, in arrival order, until one is
 * free. It uses only core JTAPI and call control ({@code CallControlConnection.redirect}).
 *
 * <p>Command line: {@code Distributor PEER PROVIDER-STRING QUEUE AGENT... }; it runs until its
 * standard input ends, printing a line per decision.
 *
 * <p>Decisions are made on one thread of the distributor's own: listener callbacks only ask it to
 * look again at the queue address and the agents, so the distributor's state needs no lock.
 */
public final class Distributor implements AutoCloseable {
    private final Address queue;
    private final List<Address> agents;
    private final PrintStream out;
    private final CallNames names;
    private final Nudge nudge = new Nudge();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "distributor");
        thread.setDaemon(true);
        return thread;
    });

    // touched by the worker thread only
    // the calls at the queue, in arrival order, with the name they are printed by
    private final Map<Connection, String> waiting = new LinkedHashMap<>();
    private final Set<Connection> announced = new LinkedHashSet<>(); // waiting calls told "all agents busy"
    private final Set<Connection> stuck = new LinkedHashSet<>(); // waiting calls the provider cannot redirect
    private int next; // the agent to try first for the next call
    private int distributed;

    /**
     * A distributor of the calls reaching {@code queue} over {@code agents} (in that order), printing
     * its decisions to {@code out}. Call {@link #start()} to begin.
     *
     * @throws IllegalArgumentException if there is no agent, or the queue is among the agents
     */
    public Distributor(Address queue, List<Address> agents, PrintStream out, CallNames names) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.agents = List.copyOf(agents);
        this.out = Objects.requireNonNull(out, "out");
        this.names = Objects.requireNonNull(names, "names");
        if (this.agents.isEmpty()) {
            throw new IllegalArgumentException("a distributor needs at least one agent address");
        }
        if (this.agents.contains(queue)) {
            throw new IllegalArgumentException("the queue address " + queue.getName() + " cannot also be an agent");
        }
    }

    /** Starts listening to the queue and the agents, and distributes the calls already waiting. */
    public void start() throws MethodNotSupportedException, ResourceUnavailableException {
        queue.addCallListener(nudge);
        for (Address agent : agents) {
            agent.addCallListener(nudge);
        }
        look();
    }

    /** How many calls were sent to an agent. Read it after {@link #close()} for a settled figure. */
    public int distributedCount() {
        return distributed;
    }

    /** Stops listening and ends the distributor's thread; calls still waiting stay where they are. */
    @Override
    public void close() throws InterruptedException {
        queue.removeCallListener(nudge);
        for (Address agent : agents) {
            agent.removeCallListener(nudge);
        }
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }

    /** Asks the worker to look again; after close() there is nothing left to do. */
    private void look() {
        try {
            worker.execute(this::distribute);
        } catch (RejectedExecutionException closed) {
            // closed: the application asked to stop distributing
        }
    }

    /** Any change at the queue or at an agent may let a call go to an agent. */
    private final class Nudge extends EventFunnel {
        @Override
        protected void onEvent(Event event) {
            if (event instanceof CallEvent) {
                look();
            }
        }
    }

    // --- the worker ---------------------------------------------------------------------------

    private void distribute() {
        Connection[] atQueue = queue.getConnections();
        if (atQueue != null) {
            for (Connection connection : atQueue) {
                if (isWaiting(connection) && !waiting.containsKey(connection)) {
                    waiting.put(connection, describe(connection));
                }
            }
        }
        for (Connection call : new ArrayList<>(waiting.keySet())) {
            String name = waiting.get(call);
            if (!isWaiting(call)) {
                waiting.remove(call);
                stuck.remove(call);
                if (announced.remove(call)) {
                    out.println(name + " left the queue");
                }
                continue;
            }
            if (stuck.contains(call)) {
                continue;
            }
            switch (sendToAgent(call, name)) {
                case SENT:
                    waiting.remove(call);
                    announced.remove(call);
                    break;
                case IMPOSSIBLE:
                    stuck.add(call);
                    break;
                default:
                    if (announced.add(call)) {
                        out.println(name + " waits: every agent is busy");
                    }
                    return; // first come, first served: no later call overtakes a waiting one
            }
        }
    }

    /** What became of a call the distributor tried to send to an agent. */
    private enum Attempt { SENT, ALL_BUSY, IMPOSSIBLE }

    /** Tries the free agents in round-robin order, until one takes the call. */
    private Attempt sendToAgent(Connection call, String caller) {
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < agents.size(); i++) {
            int index = (next + i) % agents.size();
            Address agent = agents.get(index);
            if (isBusy(agent)) {
                skipped.add(agent.getName());
                continue;
            }
            try {
                ((CallControlConnection) call).redirect(agent.getName());
            } catch (MethodNotSupportedException unsupported) {
                out.println(caller + " stays at " + queue.getName() + ": the provider cannot redirect it ("
                        + unsupported.getMessage() + ")");
                return Attempt.IMPOSSIBLE;
            } catch (Exception refused) {
                out.println(caller + " could not go to " + agent.getName() + ": " + refused);
                skipped.add(agent.getName());
                continue;
            }
            next = index + 1;
            distributed++;
            out.println(caller + " -> " + agent.getName()
                    + (skipped.isEmpty() ? "" : " (busy: " + String.join(", ", skipped) + ")"));
            return Attempt.SENT;
        }
        return Attempt.ALL_BUSY;
    }

    /** A connection at the queue that is offered to it or rings there, not yet sent on. */
    private static boolean isWaiting(Connection connection) {
        if (connection instanceof CallControlConnection) {
            int state = ((CallControlConnection) connection).getCallControlState();
            return state == CallControlConnection.OFFERED || state == CallControlConnection.ALERTING;
        }
        return false; // redirect needs call control; a core-only provider's calls are left alone
    }

    /** An agent is busy while any of its connections is alive: ringing, talking, on hold. */
    private static boolean isBusy(Address agent) {
        Connection[] connections = agent.getConnections();
        if (connections != null) {
            for (Connection connection : connections) {
                int state = connection.getState();
                if (state != Connection.DISCONNECTED && state != Connection.FAILED && state != Connection.IDLE) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code call #3 from 5550100}. */
    private String describe(Connection atQueue) {
        Call call = atQueue.getCall();
        StringJoiner callers = new StringJoiner(", ", " from ", "").setEmptyValue("");
        Connection[] connections = call.getConnections();
        if (connections != null) {
            for (Connection connection : connections) {
                if (!connection.equals(atQueue) && connection.getAddress() != null) {
                    callers.add(connection.getAddress().getName());
                }
            }
        }
        return names.nameOf(call) + callers;
    }

    // --- command line -------------------------------------------------------------------------

    /** Runs the distributor from a command line; see the class comment. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the distributor until {@code in} ends, then shuts the provider down.
     *
     * @return 0, {@link SampleArgs#EXIT_FAILURE} or {@link SampleArgs#EXIT_USAGE}
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        SampleArgs parsed;
        try {
            parsed = SampleArgs.parse(args, 2, Set.of());
        } catch (IllegalArgumentException e) {
            err.println("Distributor: " + e.getMessage());
            err.println("usage: Distributor PEER PROVIDER-STRING QUEUE AGENT...");
            return SampleArgs.EXIT_USAGE;
        }
        Provider provider = null;
        try {
            provider = parsed.openProvider();
            Address queue = SampleArgs.address(provider, parsed.words().get(0));
            List<Address> agents = new ArrayList<>();
            for (String name : parsed.words().subList(1, parsed.words().size())) {
                agents.add(SampleArgs.address(provider, name));
            }
            Distributor distributor = new Distributor(queue, agents, out, new CallNames());
            try {
                distributor.start();
                out.println("distributing the calls to " + queue.getName() + " over " + String.join(", ",
                        parsed.words().subList(1, parsed.words().size()))
                        + " (round robin, skipping busy agents); end of input stops");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                while (reader.readLine() != null) {
                    // the distributor takes no commands; it runs until its input ends
                }
            } finally {
                distributor.close();
            }
            out.println("distributed " + distributor.distributedCount() + " call"
                    + (distributor.distributedCount() == 1 ? "" : "s"));
            return 0;
        } catch (Exception e) {
            err.println("Distributor: " + e);
            return SampleArgs.EXIT_FAILURE;
        } finally {
            if (provider != null) {
                provider.shutdown();
            }
        }
    }
}
