package dev.traverse.app.dialogs;

/** The answer to "save changes before closing?". */
public enum SaveChoice {
    SAVE,
    DONT_SAVE,
    CANCEL
}
