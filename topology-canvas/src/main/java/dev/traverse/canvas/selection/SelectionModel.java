package dev.traverse.canvas.selection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The ids of the selected elements and links, in the order they were selected. Listeners hear once per change,
 * however many ids it touched, so panels refresh once. FX thread only.
 */
public final class SelectionModel {

    private final LinkedHashSet<String> selected = new LinkedHashSet<>();
    private final List<Consumer<Set<String>>> listeners = new ArrayList<>();

    /** The selection, oldest first; a read-only snapshot. */
    public Set<String> selected() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(selected));
    }

    public boolean isSelected(String id) {
        return selected.contains(id);
    }

    public boolean isEmpty() {
        return selected.isEmpty();
    }

    /** The most recently selected id, or null: the inspector's primary element. */
    public String lead() {
        String last = null;
        for (String id : selected) {
            last = id;
        }
        return last;
    }

    /** Replaces the selection. */
    public void select(Collection<String> ids) {
        LinkedHashSet<String> next = new LinkedHashSet<>(ids);
        if (!next.equals(selected) || !sameOrder(next)) {
            selected.clear();
            selected.addAll(next);
            fire();
        }
    }

    public void select(String id) {
        select(List.of(Objects.requireNonNull(id, "id")));
    }

    /** Adds ids to the selection (Shift-click, Shift-drag). */
    public void add(Collection<String> ids) {
        if (selected.addAll(ids)) {
            fire();
        }
    }

    /** Adds the id when absent and removes it when present (Ctrl-click). */
    public void toggle(String id) {
        if (!selected.remove(id)) {
            selected.add(id);
        }
        fire();
    }

    /** Drops ids that no longer exist, as after a delete or an undo. */
    /** Keeps only the selected ids {@code exists} accepts; listeners hear of it when that drops any. */
    public void retainIf(Predicate<String> exists) {
        Objects.requireNonNull(exists, "exists");
        if (selected.removeIf(id -> !exists.test(id))) {
            fire();
        }
    }

    public void retain(Collection<String> existing) {
        if (selected.retainAll(existing instanceof Set ? existing : new LinkedHashSet<>(existing))) {
            fire();
        }
    }

    public void clear() {
        if (!selected.isEmpty()) {
            selected.clear();
            fire();
        }
    }

    /** Called with the new selection after each change. */
    public void addListener(Consumer<Set<String>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<Set<String>> listener) {
        listeners.remove(listener);
    }

    private boolean sameOrder(LinkedHashSet<String> next) {
        return new ArrayList<>(next).equals(new ArrayList<>(selected));
    }

    private void fire() {
        Set<String> snapshot = selected();
        for (Consumer<Set<String>> listener : List.copyOf(listeners)) {
            listener.accept(snapshot);
        }
    }
}
