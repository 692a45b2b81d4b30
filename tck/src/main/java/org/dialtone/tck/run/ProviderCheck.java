package org.dialtone.tck.run;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.dialtone.tck.ProviderSetupException;
import org.dialtone.tck.spi.Harness;
import org.dialtone.tck.spi.HarnessException;

/**
 * Before a command-line run: is {@code javax.telephony} on the class path, does the peer load, does
 * its provider come in service? Each "no" is one line on standard error and exit status 3, so a
 * wrong harness never produces a page of failed tests or a stack trace.
 */
final class ProviderCheck {
    private ProviderCheck() {
    }

    /** Checks the provider, then runs {@code body}; returns its status or the failed check's. */
    static int runChecked(Harness harness, Callable<Integer> body, PrintStream err) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class.forName("javax.telephony.JtapiPeerFactory", false, loader == null ? Main.class.getClassLoader()
                    : loader);
        } catch (ClassNotFoundException | LinkageError e) {
            err.println("dialtone-tck: javax.telephony is not on the class path; add the provider's JTAPI jar "
                    + "(--classpath or the harness's classpath key)");
            return Main.NO_PROVIDER;
        }
        try {
            Opening.openAndClose(harness);
        } catch (HarnessException e) {
            err.println("dialtone-tck: " + Main.oneLine(e.getMessage()));
            return Main.USAGE;
        } catch (ProviderSetupException e) {
            err.println("dialtone-tck: " + Main.oneLine(e.getMessage()));
            return Main.NO_PROVIDER;
        }
        try {
            return body.call();
        } catch (HarnessException | ProviderSetupException e) {
            err.println("dialtone-tck: " + Main.oneLine(e.getMessage()));
            return Main.NO_PROVIDER;
        } catch (Exception e) {
            err.println("dialtone-tck: the run failed: " + Main.oneLine(e.toString()));
            return Main.FAILURES;
        }
    }

    /** Kept apart so that nothing of javax.telephony is linked before it is known to be there. */
    private static final class Opening {
        static void openAndClose(Harness harness) {
            org.dialtone.tck.Session.open(harness).close();
        }
    }
}
