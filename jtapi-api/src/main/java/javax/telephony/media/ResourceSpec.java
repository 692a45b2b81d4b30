package javax.telephony.media;

import java.util.Dictionary;
import javax.telephony.media.symbols.R2Symbol;

/**
 * Describes one resource wanted in a media group: its class or name, selection attributes and
 * initial parameters; predefined specs cover the common resources.
 */
public class ResourceSpec {
    public static final ResourceSpec basicASR = null /* TODO */;
    public static final ResourceSpec basicAltPlayerRecorder = null /* TODO */;
    public static final ResourceSpec basicPlayer = null /* TODO */;
    public static final ResourceSpec basicRecorder = null /* TODO */;
    public static final ResourceSpec basicSignalDetector = null /* TODO */;
    public static final ResourceSpec basicSignalGenerator = null /* TODO */;
    public static final ResourceSpec none = null /* TODO */;
    public static final Symbol op_Add = R2Symbol.KVS_OperatorAdd;
    public static final Symbol op_Alt = R2Symbol.KVS_OperatorAlt;
    public static final Symbol op_And = R2Symbol.KVS_OperatorAnd;
    public static final Symbol op_Future = R2Symbol.KVS_OperatorFuture;
    public static final Symbol op_Or = R2Symbol.KVS_OperatorOr;

    public ResourceSpec(Class type, Dictionary dictionary, Dictionary dictionary2) {
    }

    public ResourceSpec(String string, Dictionary dictionary, Dictionary dictionary2) throws ClassNotFoundException {
    }

    public ResourceSpec(String string, Symbol symbol, Dictionary dictionary, Dictionary dictionary2) {
    }

    public Dictionary getInitialParameters() {
        throw NotBuilt.member("ResourceSpec.getInitialParameters");
    }

    public String getName() {
        throw NotBuilt.member("ResourceSpec.getName");
    }

    public Class getResourceClass() {
        throw NotBuilt.member("ResourceSpec.getResourceClass");
    }

    public Symbol getResourceSymbol() {
        throw NotBuilt.member("ResourceSpec.getResourceSymbol");
    }

    public Dictionary getSelectionAttributes() {
        throw NotBuilt.member("ResourceSpec.getSelectionAttributes");
    }

    public String toString() {
        throw NotBuilt.member("ResourceSpec.toString");
    }

    /**
     * {@code ResourceSpec} operator that combines its member specs using the {@code op_Add} rule.
     */
    public static class Add extends Operator {
        public Add(ResourceSpec[] resourceSpecs) {
            super(resourceSpecs);
        }
    }

    /**
     * {@code ResourceSpec} operator that combines its member specs using the {@code op_Alt}
     * (alternative) rule.
     */
    public static class Alt extends Operator {
        public Alt(ResourceSpec[] resourceSpecs) {
            super(resourceSpecs);
        }
    }

    /**
     * {@code ResourceSpec} operator that combines its member specs using the {@code op_And} rule,
     * requiring all of them.
     */
    public static class And extends Operator {
        public And(ResourceSpec[] resourceSpecs) {
            super(resourceSpecs);
        }
    }

    /**
     * {@code ResourceSpec} operator that combines its member specs using the {@code op_Future}
     * rule.
     */
    public static class Future extends Operator {
        public Future(ResourceSpec[] resourceSpecs) {
            super(resourceSpecs);
        }
    }

    /**
     * Abstract {@code ResourceSpec} that groups several other specs under a combining operator
     * symbol.
     */
    public static abstract class Operator extends ResourceSpec implements Resource {
        protected ResourceSpec[] resSpecs;
        public static final Symbol v_Class = R2Symbol.KVS_Operator;

        public Operator(ResourceSpec[] resourceSpecs) {
            super((Class) null, (Dictionary) null, (Dictionary) null);
        }

        protected Operator(Symbol symbol, ResourceSpec[] resourceSpecs) {
            super((String) null, symbol, (Dictionary) null, (Dictionary) null);
        }

        public ResourceSpec[] getResourceSpecs() {
            throw NotBuilt.member("ResourceSpec.Operator.getResourceSpecs");
        }
    }

    /**
     * {@code ResourceSpec} operator that combines its member specs using the {@code op_Or} rule,
     * accepting any of them.
     */
    public static class Or extends Operator {
        public Or(ResourceSpec[] resourceSpecs) {
            super(resourceSpecs);
        }
    }
}
