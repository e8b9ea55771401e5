package dev.traverse.app.recent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The topology files opened last, most recent first, kept in the user's preferences. UI thread only. */
public final class RecentFiles {

    static final String KEY = "recentFiles";
    static final int MAX = 10;
    private static final String SEPARATOR = "\n";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
        Arrays.stream(node.get(KEY, "").split(SEPARATOR))
                .filter(s -> !s.isBlank())
                .limit(MAX)
                .map(Path::of)
                .forEach(files::add);
    }

    /** Puts {@code file} first, dropping it from further down and dropping the oldest past {@value #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        if (next.size() > MAX) {
            next.subList(MAX, next.size()).clear();
        }
        files.setAll(next);
        node.put(KEY, String.join(SEPARATOR, next.stream().map(Path::toString).toList()));
    }

    public void clear() {
        files.clear();
        node.remove(KEY);
    }

    public ObservableList<Path> files() {
        return readOnly;
    }
}
