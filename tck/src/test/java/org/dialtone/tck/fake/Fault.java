package org.dialtone.tck.fake;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import javax.telephony.Connection;
import javax.telephony.MethodNotSupportedException;
import javax.telephony.callcontrol.CallControlTerminalConnection;
import javax.telephony.capabilities.TerminalConnectionCapabilities;

/** One deliberate mistake a {@link FaultyPeer} provider makes; the kit must catch each. */
enum Fault {
    /** Observers get each {@code Ev[]} batch backwards: a wrong event order. */
    REVERSED_BATCHES {
        @Override
        Object[] deliver(Method method, Object[] args) {
            if (method.getName().endsWith("ChangedEvent") && args.length == 1 && args[0] != null
                    && Array.getLength(args[0]) > 1) {
                Object batch = args[0];
                int n = Array.getLength(batch);
                Object reversed = Array.newInstance(batch.getClass().getComponentType(), n);
                for (int i = 0; i < n; i++) {
                    Array.set(reversed, i, Array.get(batch, n - 1 - i));
                }
                return new Object[] {reversed};
            }
            return args;
        }
    },
    /** A disconnected connection still says CONNECTED: a wrong final state. */
    FORGETS_DISCONNECT {
        @Override
        Object answer(Object target, Method method, Object result) {
            if (target instanceof Connection && method.getName().equals("getState")
                    && Integer.valueOf(Connection.DISCONNECTED).equals(result)) {
                return Connection.CONNECTED;
            }
            return result;
        }
    },
    /**
     * The capabilities claim hold, which the provider does not do: hold and unhold throw
     * MethodNotSupportedException (whether or not the provider behind the membrane can hold).
     */
    CLAIMS_HOLD {
        @Override
        void refuse(Object target, Method method) throws MethodNotSupportedException {
            if (target instanceof CallControlTerminalConnection
                    && (method.getName().equals("hold") || method.getName().equals("unhold"))) {
                throw new MethodNotSupportedException(method.getName() + " is not supported by this provider");
            }
        }

        @Override
        Object answer(Object target, Method method, Object result) {
            if (target instanceof TerminalConnectionCapabilities
                    && (method.getName().equals("canHold") || method.getName().equals("canUnhold"))) {
                return Boolean.TRUE;
            }
            return result;
        }
    };

    /** Throws what the application gets instead of calling {@code method} of the provider's {@code target}. */
    void refuse(Object target, Method method) throws Exception {
    }

    /** The answer the application gets from {@code method} of the provider's {@code target}. */
    Object answer(Object target, Method method, Object result) {
        return result;
    }

    /** The arguments an application subscriber's {@code method} is called with. */
    Object[] deliver(Method method, Object[] args) {
        return args;
    }
}
