package dev.traverse.app.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One property of one type of element as the inspector shows it: how to read it as text, and how to make the
 * element with the property set from text. Setting throws {@link IllegalArgumentException} with the message the
 * field then shows. Immutable; the functions are pure.
 *
 * @param <E> the model record (Site, Cluster, Node, Device, Link, Workload)
 */
public final class FieldSpec<E> {

    /** How the field is edited. */
    public enum Editor {
        /** Free text, committed on Enter or leaving the field. */
        TEXT,
        /** One of {@link #options()}; an empty option stands for "not set". */
        CHOICE,
        /** Any of {@link #options()}, written as a list separated by commas. */
        MULTI_CHOICE,
        /** Shown, not edited. */
        READ_ONLY
    }

    /** The key of every element's name field, which renames the element. */
    public static final String NAME = "name";

    private final String key;
    private final String label;
    private final String section;
    private final Editor editor;
    private final List<String> options;
    private final String prompt;
    private final String unsetText;
    private final Function<E, String> read;
    private final BiFunction<E, String, E> write;

    private FieldSpec(String key, String label, String section, Editor editor, List<String> options, String prompt,
                      String unsetText, Function<E, String> read, BiFunction<E, String, E> write) {
        this.key = Objects.requireNonNull(key, "key");
        this.label = Objects.requireNonNull(label, "label");
        this.section = Objects.requireNonNull(section, "section");
        this.editor = Objects.requireNonNull(editor, "editor");
        this.options = List.copyOf(options);
        this.prompt = prompt == null ? "" : prompt;
        this.unsetText = unsetText == null ? "" : unsetText;
        this.read = Objects.requireNonNull(read, "read");
        this.write = write;
    }

    /** A free-text field; {@code prompt} shows an example of what to type. */
    public static <E> FieldSpec<E> text(String key, String label, String section, String prompt,
                                        Function<E, String> read, BiFunction<E, String, E> write) {
        return new FieldSpec<>(key, label, section, Editor.TEXT, List.of(), prompt, null, read,
                Objects.requireNonNull(write, "write"));
    }

    /** A choice among {@code options}, all of them values. */
    public static <E> FieldSpec<E> choice(String key, String label, String section, List<String> options,
                                          Function<E, String> read, BiFunction<E, String, E> write) {
        return new FieldSpec<>(key, label, section, Editor.CHOICE, options, null, null, read,
                Objects.requireNonNull(write, "write"));
    }

    /**
     * A choice that may be left unset: the option "" comes first and is shown as {@code unsetText}, such as
     * "default (container)".
     */
    public static <E> FieldSpec<E> optionalChoice(String key, String label, String section, List<String> options,
                                                  String unsetText, Function<E, String> read,
                                                  BiFunction<E, String, E> write) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(options);
        return new FieldSpec<>(key, label, section, Editor.CHOICE, all, null,
                Objects.requireNonNull(unsetText, "unsetText"), read, Objects.requireNonNull(write, "write"));
    }

    /**
     * Any number of {@code options}, read and written as a list separated by commas.
     *
     * @param noneText what the field shows when none is chosen, such as "any"
     */
    public static <E> FieldSpec<E> multiChoice(String key, String label, String section, List<String> options,
                                               String noneText, Function<E, String> read,
                                               BiFunction<E, String, E> write) {
        return new FieldSpec<>(key, label, section, Editor.MULTI_CHOICE, options, null,
                Objects.requireNonNull(noneText, "noneText"), read, Objects.requireNonNull(write, "write"));
    }

    /** A value shown but not edited here. */
    public static <E> FieldSpec<E> readOnly(String key, String label, String section, Function<E, String> read) {
        return new FieldSpec<>(key, label, section, Editor.READ_ONLY, List.of(), null, null, read, null);
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The heading the field is listed under. */
    public String section() {
        return section;
    }

    public Editor editor() {
        return editor;
    }

    public List<String> options() {
        return options;
    }

    /** An example of what to type, shown in an empty field ("e.g. 500m"); empty for none. */
    public String prompt() {
        return prompt.isEmpty() ? "" : "e.g. " + prompt;
    }

    /**
     * How a choice shows the unset option "" ("the kind's default"), or a multiple choice shows none chosen ("any");
     * empty for other fields.
     */
    public String unsetText() {
        return unsetText;
    }

    public boolean isEditable() {
        return write != null;
    }

    /** True for the name, which is changed by renaming (following every reference), not by replacing. */
    public boolean isName() {
        return NAME.equals(key);
    }

    public String read(E element) {
        return read.apply(element);
    }

    /**
     * The element with this field set from {@code text}.
     *
     * @throws IllegalArgumentException when the text is not a valid value; the message is for the user
     * @throws IllegalStateException    for a read-only field
     */
    public E write(E element, String text) {
        if (write == null) {
            throw new IllegalStateException(label + " is read-only");
        }
        return write.apply(element, text == null ? "" : text);
    }
}
