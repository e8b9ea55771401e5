package dev.traverse.app.design;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Why a file operation failed, in words for the user rather than an exception's class name. */
final class FileErrors {

    private FileErrors() {
    }

    static String describe(Throwable error) {
        if (error instanceof AccessDeniedException e) {
            return "permission denied (" + e.getFile() + ")";
        }
        if (error instanceof NoSuchFileException e) {
            return "no such file or folder (" + e.getFile() + ")";
        }
        if (error instanceof FileSystemException e && e.getReason() != null) {
            return e.getReason() + (e.getFile() == null ? "" : " (" + e.getFile() + ")");
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
