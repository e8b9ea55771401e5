package dev.traverse.app.palette;

import dev.traverse.app.elements.ElementRef;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of a palette drop: the element added (for the window to select), a refusal to show the user, or
 * nothing when the user cancelled a question.
 *
 * @param added   the new element, or null
 * @param refusal why nothing was added, for the user, or null
 */
public record DropResult(ElementRef added, String refusal) {

    public static DropResult added(ElementRef added) {
        return new DropResult(Objects.requireNonNull(added, "added"), null);
    }

    public static DropResult refused(String refusal) {
        return new DropResult(null, Objects.requireNonNull(refusal, "refusal"));
    }

    public static DropResult cancelled() {
        return new DropResult(null, null);
    }

    public Optional<ElementRef> addedElement() {
        return Optional.ofNullable(added);
    }

    public Optional<String> refusalMessage() {
        return Optional.ofNullable(refusal);
    }
}
