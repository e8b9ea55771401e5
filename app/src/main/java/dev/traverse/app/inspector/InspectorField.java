package dev.traverse.app.inspector;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One row of the inspector: the value the selection has now (empty and marked mixed when the selected elements
 * differ), and the message of the last value the model refused. FX thread only.
 */
public final class InspectorField {

    private final FieldSpec<?> spec;
    private final Function<String, String> committer;
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "");
    private final ReadOnlyBooleanWrapper mixed = new ReadOnlyBooleanWrapper(this, "mixed");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    /**
     * @param committer applies a text to the selection and returns null, or the message of why it could not
     */
    InspectorField(FieldSpec<?> spec, Function<String, String> committer) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.committer = Objects.requireNonNull(committer, "committer");
    }

    public String key() {
        return spec.key();
    }

    public String label() {
        return spec.label();
    }

    public String section() {
        return spec.section();
    }

    public FieldSpec.Editor editor() {
        return spec.editor();
    }

    public List<String> options() {
        return spec.options();
    }

    public String prompt() {
        return spec.prompt();
    }

    /** How a choice shows its unset option; empty for other fields. */
    public String unsetText() {
        return spec.unsetText();
    }

    public boolean isEditable() {
        return spec.isEditable();
    }

    /** The selection's value as text; empty when it is mixed. */
    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public String value() {
        return value.get();
    }

    /** True when the selected elements have different values. */
    public ReadOnlyBooleanProperty mixedProperty() {
        return mixed.getReadOnlyProperty();
    }

    public boolean isMixed() {
        return mixed.get();
    }

    /** Why the last value typed was not applied, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String error() {
        return error.get();
    }

    /**
     * Applies {@code text} to every inspected element as one undo step. Text equal to the shown value (or empty for
     * a mixed value) changes nothing.
     *
     * @return true when the value was applied or nothing needed to change; false when the model refused it, and
     *         {@link #errorProperty()} says why
     */
    public boolean commit(String text) {
        String typed = text == null ? "" : text;
        if (!isEditable() || (mixed.get() ? typed.isBlank() : typed.equals(value.get()))) {
            error.set(null);
            return true;
        }
        String refusal = committer.apply(typed);
        error.set(refusal);
        return refusal == null;
    }

    /** Forgets a refused value, as Escape does. */
    public void revert() {
        error.set(null);
    }

    /** Shows the selection's current value; a changed value makes an earlier refusal moot. */
    void show(String shown, boolean isMixed) {
        if (!shown.equals(value.get()) || isMixed != mixed.get()) {
            error.set(null);
        }
        value.set(shown);
        mixed.set(isMixed);
    }
}
