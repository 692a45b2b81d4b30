package org.dialtone.internal.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes one loop task makes, per call, in the order they happened. The task records them as
 * it goes; the provider publishes them when the task is done, so subscribers never see an
 * operation half-way (docs/concurrency.md, rule 2).
 */
final class Batch {
    /** The changes of one call and the observer meta code that groups them. */
    static final class CallChanges {
        final List<Change> changes = new ArrayList<>();
        int metaCode;

        CallChanges(int metaCode) {
            this.metaCode = metaCode;
        }
    }

    /** A transfer or merge: the calls of the batch are published together under one multi-call meta event. */
    static final class MultiCall {
        /** {@code Ev.META_CALL_TRANSFERRING} or {@code Ev.META_CALL_MERGING}. */
        final int metaCode;
        final CallImpl newCall;
        final CallImpl[] oldCalls;

        MultiCall(int metaCode, CallImpl newCall, CallImpl[] oldCalls) {
            this.metaCode = metaCode;
            this.newCall = newCall;
            this.oldCalls = oldCalls;
        }
    }

    private final int metaCode;
    private final Map<CallImpl, CallChanges> byCall = new LinkedHashMap<>();
    private MultiCall multiCall;

    /** @param metaCode the {@code Ev.META_*} code of the operation, for calls it touches */
    Batch(int metaCode) {
        this.metaCode = metaCode;
    }

    void add(Change change) {
        byCall.computeIfAbsent(change.call, c -> new CallChanges(metaCode)).changes.add(change);
    }

    /** Overrides the meta code for one call, e.g. META_CALL_ENDING when the operation ended it. */
    void metaCode(CallImpl call, int code) {
        byCall.computeIfAbsent(call, c -> new CallChanges(metaCode)).metaCode = code;
    }

    /** Marks the batch as a transfer or merge ({@code code}) of {@code oldCalls} into {@code newCall}. */
    void multiCall(int code, CallImpl newCall, CallImpl... oldCalls) {
        multiCall = new MultiCall(code, newCall, oldCalls.clone());
        for (CallImpl call : oldCalls) {
            metaCode(call, code);
        }
        metaCode(newCall, code);
    }

    /** The transfer or merge this batch is, or null for a batch of single-call operations. */
    MultiCall multiCall() {
        return multiCall;
    }

    Map<CallImpl, CallChanges> byCall() {
        return byCall;
    }
}
