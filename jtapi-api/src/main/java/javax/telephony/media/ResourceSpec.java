package javax.telephony.media;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Dictionary;
import javax.telephony.media.symbols.R2Symbol;

/**
 * Describes one resource wanted in a media group: its class or name, selection attributes and
 * initial parameters; predefined specs cover the common resources.
 *
 * <p>A spec names its resource by the resource's interface (such as {@code Player.class}), by that
 * interface's class name, or by a symbol. Selection attributes say which kind of resource is
 * acceptable; initial parameters are set on the resource once it is allocated. Either dictionary
 * may be {@code null}, meaning none. The spec keeps its own copies of both, so it does not change
 * after construction. Several specs combine into one with the {@link Operator} subclasses.
 */
public class ResourceSpec {
    // The operator symbols come first: class initialisation runs in textual order and the
    // operator specs below (basicAltPlayerRecorder, none) are built from them.

    /** Identifies the {@link Add} operator. */
    public static final Symbol op_Add = R2Symbol.KVS_OperatorAdd;
    /** Identifies the {@link Alt} operator. */
    public static final Symbol op_Alt = R2Symbol.KVS_OperatorAlt;
    /** Identifies the {@link And} operator. */
    public static final Symbol op_And = R2Symbol.KVS_OperatorAnd;
    /** Identifies the {@link Future} operator. */
    public static final Symbol op_Future = R2Symbol.KVS_OperatorFuture;
    /** Identifies the {@link Or} operator. */
    public static final Symbol op_Or = R2Symbol.KVS_OperatorOr;

    /** Any player, no selection attributes or initial parameters. */
    public static final ResourceSpec basicPlayer = new ResourceSpec(Player.class, null, null);
    /** Any recorder, no selection attributes or initial parameters. */
    public static final ResourceSpec basicRecorder = new ResourceSpec(Recorder.class, null, null);
    /** Any signal detector, no selection attributes or initial parameters. */
    public static final ResourceSpec basicSignalDetector =
            new ResourceSpec(SignalDetector.class, null, null);
    /** Any signal generator, no selection attributes or initial parameters. */
    public static final ResourceSpec basicSignalGenerator =
            new ResourceSpec(SignalGenerator.class, null, null);
    /** Any speech recognizer, no selection attributes or initial parameters. */
    public static final ResourceSpec basicASR = new ResourceSpec(ASR.class, null, null);
    /** Exactly one of {@link #basicPlayer} and {@link #basicRecorder}: a player or a recorder. */
    public static final ResourceSpec basicAltPlayerRecorder =
            new Alt(new ResourceSpec[] {basicPlayer, basicRecorder});
    /**
     * Asks for no resource at all: an {@link And} of nothing. Useful as an alternative, for
     * example {@code new Alt(new ResourceSpec[] {basicASR, none})} asks for an optional recognizer.
     */
    public static final ResourceSpec none = new And(new ResourceSpec[0]);

    private final String name;
    private final Class<?> resourceClass;
    private final Symbol resourceSymbol;
    private final Dictionary<Object, Object> selectionAttributes;
    private final Dictionary<Object, Object> initialParameters;

    /**
     * Creates a spec for the resource that implements the given interface. Its symbol is the
     * interface's {@code v_Class} constant when it has one (as {@code Player} does).
     *
     * @param type the resource interface, for example {@code Player.class}
     * @param dictionary selection attributes, or {@code null} for none
     * @param dictionary2 initial parameters, or {@code null} for none
     * @throws IllegalArgumentException if {@code type} is {@code null} or not a {@link Resource}
     */
    public ResourceSpec(Class type, Dictionary dictionary, Dictionary dictionary2) {
        this(requireResourceClass(type).getName(), type, classSymbolOf(type),
                dictionary, dictionary2);
    }

    /**
     * Creates a spec for the resource interface with the given fully qualified class name, loaded
     * with the thread's context class loader or else this class's loader.
     *
     * @param string the class name, for example {@code "javax.telephony.media.Player"}
     * @param dictionary selection attributes, or {@code null} for none
     * @param dictionary2 initial parameters, or {@code null} for none
     * @throws ClassNotFoundException if no class of that name can be loaded
     * @throws IllegalArgumentException if the name is {@code null} or empty, or the class is not a
     *     {@link Resource}
     */
    public ResourceSpec(String string, Dictionary dictionary, Dictionary dictionary2)
            throws ClassNotFoundException {
        this(loadClass(string), dictionary, dictionary2);
    }

    /**
     * Creates a spec for a resource known by symbol rather than by a Java interface, such as a
     * vendor resource; {@link #getResourceClass()} then returns {@code null}.
     *
     * @param string a readable name for the resource, or {@code null}
     * @param symbol the symbol that identifies the resource
     * @param dictionary selection attributes, or {@code null} for none
     * @param dictionary2 initial parameters, or {@code null} for none
     * @throws IllegalArgumentException if {@code symbol} is {@code null}
     */
    public ResourceSpec(String string, Symbol symbol, Dictionary dictionary, Dictionary dictionary2) {
        this(string, null, requireSymbol(symbol), dictionary, dictionary2);
    }

    private ResourceSpec(String name, Class<?> resourceClass, Symbol resourceSymbol,
            Dictionary<?, ?> selectionAttributes, Dictionary<?, ?> initialParameters) {
        this.name = name;
        this.resourceClass = resourceClass;
        this.resourceSymbol = resourceSymbol;
        this.selectionAttributes = Dictionaries.copyOf(selectionAttributes);
        this.initialParameters = Dictionaries.copyOf(initialParameters);
    }

    /** For {@link Operator}: the operator's own class is its resource class. */
    ResourceSpec(Symbol operatorSymbol) {
        this.resourceClass = getClass();
        this.name = resourceClass.getName();
        this.resourceSymbol = operatorSymbol;
        this.selectionAttributes = null;
        this.initialParameters = null;
    }

    /** Returns a copy of the initial parameters, or {@code null} if there are none. */
    public Dictionary getInitialParameters() {
        return Dictionaries.copyOf(initialParameters);
    }

    /**
     * Returns the resource's name: the class name of its interface (or, for an operator, of the
     * operator class), or the name given with its symbol, which may be {@code null}.
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the resource interface (for an operator, the operator class), or {@code null} for a
     * spec made from a symbol.
     */
    public Class getResourceClass() {
        return resourceClass;
    }

    /**
     * Returns the symbol that identifies the resource: the interface's {@code v_Class} (or
     * {@code null} if it has none), the symbol given, or an operator's {@code op_} symbol.
     */
    public Symbol getResourceSymbol() {
        return resourceSymbol;
    }

    /** Returns a copy of the selection attributes, or {@code null} if there are none. */
    public Dictionary getSelectionAttributes() {
        return Dictionaries.copyOf(selectionAttributes);
    }

    /**
     * Returns {@code ResourceSpec[name, attributes=..., parameters=...]} (absent parts left out),
     * or for an operator its class name and members, such as {@code Alt[ResourceSpec[...], ...]}.
     */
    public String toString() {
        if (this instanceof Operator) {
            return ((Operator) this).describe();
        }
        StringBuilder text = new StringBuilder("ResourceSpec[");
        if (name != null) {
            text.append(name);
        }
        if (resourceClass == null) {
            text.append(name != null ? ", " : "").append("symbol=").append(resourceSymbol);
        }
        if (selectionAttributes != null) {
            text.append(", attributes=").append(selectionAttributes);
        }
        if (initialParameters != null) {
            text.append(", parameters=").append(initialParameters);
        }
        return text.append(']').toString();
    }

    private static Class<?> requireResourceClass(Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("resource class is null");
        }
        if (!Resource.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(
                    type.getName() + " is not a " + Resource.class.getName());
        }
        return type;
    }

    private static Symbol requireSymbol(Symbol symbol) {
        if (symbol == null) {
            throw new IllegalArgumentException("resource symbol is null");
        }
        return symbol;
    }

    private static Class<?> loadClass(String className) throws ClassNotFoundException {
        if (className == null || className.isEmpty()) {
            throw new IllegalArgumentException("resource class name is null or empty");
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null) {
            try {
                return Class.forName(className, true, context);
            } catch (ClassNotFoundException notInContext) {
                // fall through: the API jar's own loader may still see the class
            }
        }
        return Class.forName(className, true, ResourceSpec.class.getClassLoader());
    }

    /** The resource interfaces carry their class symbol as a {@code static Symbol v_Class}. */
    private static Symbol classSymbolOf(Class<?> type) {
        try {
            Field field = type.getField("v_Class");
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Symbol.class) {
                return (Symbol) field.get(null);
            }
        } catch (NoSuchFieldException | IllegalAccessException noClassSymbol) {
            // a resource interface without a class symbol (or one we may not read) has none
        }
        return null;
    }

    /**
     * Asks for resources that may be added to the group later, beyond those it is configured
     * with now; they are not required to configure the group.
     */
    public static class Add extends Operator {
        /**
         * Combines the given specs with {@link ResourceSpec#op_Add}.
         *
         * @throws IllegalArgumentException if the array or one of its elements is {@code null}
         */
        public Add(ResourceSpec[] resourceSpecs) {
            super(op_Add, resourceSpecs);
        }
    }

    /** Asks for exactly one of its member specs: the first alternative that can be satisfied. */
    public static class Alt extends Operator {
        /**
         * Combines the given specs with {@link ResourceSpec#op_Alt}.
         *
         * @throws IllegalArgumentException if the array or one of its elements is {@code null}
         */
        public Alt(ResourceSpec[] resourceSpecs) {
            super(op_Alt, resourceSpecs);
        }
    }

    /** Asks for all of its member specs; an {@code And} of nothing asks for nothing. */
    public static class And extends Operator {
        /**
         * Combines the given specs with {@link ResourceSpec#op_And}.
         *
         * @throws IllegalArgumentException if the array or one of its elements is {@code null}
         */
        public And(ResourceSpec[] resourceSpecs) {
            super(op_And, resourceSpecs);
        }
    }

    /**
     * Names resources the group will be configured with later, so a provider can reserve for them
     * now; they are not allocated by this configuration.
     */
    public static class Future extends Operator {
        /**
         * Combines the given specs with {@link ResourceSpec#op_Future}.
         *
         * @throws IllegalArgumentException if the array or one of its elements is {@code null}
         */
        public Future(ResourceSpec[] resourceSpecs) {
            super(op_Future, resourceSpecs);
        }
    }

    /**
     * Abstract {@code ResourceSpec} that groups several other specs under a combining operator
     * symbol.
     *
     * <p>Its resource class is the operator's own class, its resource symbol the operator symbol,
     * and it has no attributes or parameters of its own. It keeps a copy of the member array.
     */
    public static abstract class Operator extends ResourceSpec implements Resource {
        /** The member specs; never {@code null} and free of {@code null} elements once built. */
        protected ResourceSpec[] resSpecs;
        /**
         * Marks a spec as an operator; also the operator symbol of an operator built without one
         * of its own.
         */
        public static final Symbol v_Class = R2Symbol.KVS_Operator;

        /**
         * Creates an operator identified by {@link #v_Class}, for subclasses that need no symbol
         * of their own.
         *
         * @throws IllegalArgumentException if the array or one of its elements is {@code null}
         */
        public Operator(ResourceSpec[] resourceSpecs) {
            // the same symbol as v_Class, read from R2Symbol because this constructor may run
            // while Operator itself is still being initialised
            this(R2Symbol.KVS_Operator, resourceSpecs);
        }

        /**
         * Creates an operator identified by the given symbol, such as {@link ResourceSpec#op_And}.
         *
         * @throws IllegalArgumentException if the symbol, the array or one of its elements is
         *     {@code null}
         */
        protected Operator(Symbol symbol, ResourceSpec[] resourceSpecs) {
            super(requireOperatorSymbol(symbol));
            this.resSpecs = copyOfSpecs(resourceSpecs);
        }

        /** Returns a copy of the member specs, in the order given. */
        public ResourceSpec[] getResourceSpecs() {
            return resSpecs == null ? new ResourceSpec[0] : resSpecs.clone();
        }

        /** The text {@link ResourceSpec#toString()} gives for an operator. */
        String describe() {
            String kind = getClass().getSimpleName();
            StringBuilder text = new StringBuilder(kind.isEmpty() ? getName() : kind).append('[');
            ResourceSpec[] members = getResourceSpecs();
            for (int i = 0; i < members.length; i++) {
                text.append(i == 0 ? "" : ", ").append(members[i]);
            }
            return text.append(']').toString();
        }

        private static Symbol requireOperatorSymbol(Symbol symbol) {
            if (symbol == null) {
                throw new IllegalArgumentException("operator symbol is null");
            }
            return symbol;
        }

        private static ResourceSpec[] copyOfSpecs(ResourceSpec[] specs) {
            if (specs == null) {
                throw new IllegalArgumentException("operator resource spec array is null");
            }
            ResourceSpec[] copy = specs.clone();
            for (int i = 0; i < copy.length; i++) {
                if (copy[i] == null) {
                    throw new IllegalArgumentException("operator resource spec [" + i + "] is null");
                }
            }
            return copy;
        }
    }

    /** Asks for any one or more of its member specs, as many as can be satisfied. */
    public static class Or extends Operator {
        /**
         * Combines the given specs with {@link ResourceSpec#op_Or}.
         *
         * @throws IllegalArgumentException if the array or one of its elements is {@code null}
         */
        public Or(ResourceSpec[] resourceSpecs) {
            super(op_Or, resourceSpecs);
        }
    }
}
