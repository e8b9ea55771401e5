package dev.traverse.app.preview;

import java.util.NoSuchElementException;

/** What to tell the user when an engine run fails: a sentence, never a stack trace. Any thread. */
final class EngineErrors {

    private EngineErrors() {
    }

    /**
     * @param what what was being done, for the sentence's start: "Placement", "Explanation", "What-if"
     */
    static String message(String what, Throwable failure) {
        String detail = failure.getMessage();
        if ((failure instanceof IllegalArgumentException || failure instanceof NoSuchElementException)
                && detail != null && !detail.isBlank()) {
            // The engine's refusals are written for the user: name what it refused and why.
            return what + " is not possible: " + detail;
        }
        if (failure instanceof OutOfMemoryError) {
            return what + " ran out of memory; close other topologies or give Traverse more memory.";
        }
        return what + " failed unexpectedly (" + failure.getClass().getSimpleName()
                + (detail == null || detail.isBlank() ? "" : ": " + detail)
                + "). Please report it with the topology.";
    }
}
