package dev.traverse.app.designer;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.preview.WhatIfPreview;
import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.command.CommandStack;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableLongValue;

/**
 * What the designer's menus, tool bar and context menus do, in one place: undo and redo of the open document,
 * clipboard, find, failure simulation. Keeps a revision counter that changes whenever the open document's history
 * does, so menu texts and enabled states can bind to it. FX thread only.
 */
public final class DesignerActions {

    private final DesignerViewModel designer;
    private final TopologyCanvas canvas;
    private final TextClipboard clipboard;
    private final Runnable find;
    private final WhatIfPreview whatIf;
    private final SimpleLongProperty revision = new SimpleLongProperty(this, "revision");
    private final BooleanProperty minimapShown = new SimpleBooleanProperty(this, "minimapShown", true);
    private final ChangeListener<Number> historyChanged = (obs, old, now) -> revision.set(revision.get() + 1);

    /** The system clipboard as plain text; a fake in tests. */
    public interface TextClipboard {
        Optional<String> text();

        void setText(String text);
    }

    /**
     * @param find shows the find box
     */
    public DesignerActions(DesignerViewModel designer, TopologyCanvas canvas, TextClipboard clipboard, Runnable find,
                           WhatIfPreview whatIf) {
        this.designer = Objects.requireNonNull(designer, "designer");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        this.clipboard = Objects.requireNonNull(clipboard, "clipboard");
        this.find = Objects.requireNonNull(find, "find");
        this.whatIf = Objects.requireNonNull(whatIf, "whatIf");
        designer.documentProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.commands().revisionProperty().removeListener(historyChanged);
            }
            if (now != null) {
                now.commands().revisionProperty().addListener(historyChanged);
            }
            revision.set(revision.get() + 1);
        });
        designer.selection().addListener(ids -> revision.set(revision.get() + 1));
    }

    public void undo() {
        commands().ifPresent(CommandStack::undo);
    }

    public void redo() {
        commands().ifPresent(CommandStack::redo);
    }

    public void cut() {
        designer.cutSelection().ifPresent(clipboard::setText);
    }

    public void copy() {
        designer.copySelection().ifPresent(clipboard::setText);
    }

    public void paste() {
        clipboard.text().ifPresent(designer::paste);
    }

    public void find() {
        find.run();
    }

    /** Simulates the failure of the most recently selected element or link. */
    public void simulateFailure() {
        String lead = designer.selection().lead();
        if (lead != null) {
            whatIf.simulate(lead);
        }
    }

    /** The open document's history, if a document is open. */
    public Optional<CommandStack> commands() {
        return Optional.ofNullable(designer.documentProperty().get()).map(DesignDocument::commands);
    }

    /** Changes whenever the history or the selection does. */
    public ObservableLongValue revision() {
        return revision;
    }

    /** True while there is nothing to undo (or no document). */
    public BooleanBinding cannotUndo() {
        return Bindings.createBooleanBinding(() -> commands().map(c -> !c.canUndoProperty().get()).orElse(true),
                revision);
    }

    /** True while there is nothing to redo (or no document). */
    public BooleanBinding cannotRedo() {
        return Bindings.createBooleanBinding(() -> commands().map(c -> !c.canRedoProperty().get()).orElse(true),
                revision);
    }

    public BooleanBinding noDocument() {
        return designer.documentProperty().isNull();
    }

    public BooleanBinding nothingSelected() {
        return fewerSelectedThan(1);
    }

    public BooleanBinding fewerSelectedThan(int count) {
        Supplier<Boolean> fewer = () -> designer.selection().selected().size() < count;
        return Bindings.createBooleanBinding(fewer::get, revision);
    }

    public BooleanProperty minimapShown() {
        return minimapShown;
    }

    public DesignerViewModel designer() {
        return designer;
    }

    public TopologyCanvas canvas() {
        return canvas;
    }
}
