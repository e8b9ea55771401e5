package dev.traverse.canvas.command;

import java.util.List;
import java.util.Objects;

/** Several commands as one undo step: executed in order, undone in reverse. */
public final class CompositeCommand implements Command {

    private final String description;
    private final List<Command> parts;

    public CompositeCommand(String description, List<? extends Command> parts) {
        this.description = Objects.requireNonNull(description, "description");
        this.parts = List.copyOf(parts);
        if (this.parts.isEmpty()) {
            throw new IllegalArgumentException("a composite command needs at least one part");
        }
    }

    @Override
    public void execute() {
        parts.forEach(Command::execute);
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public String description() {
        return description;
    }
}
