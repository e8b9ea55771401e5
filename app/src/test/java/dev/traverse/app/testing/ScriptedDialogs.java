package dev.traverse.app.testing;

import dev.traverse.app.dialogs.DialogService;
import dev.traverse.app.palette.AffinityStrength;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Dialogs that answer as a test scripted them, and remember what they were asked. */
public final class ScriptedDialogs implements DialogService {

    private final Function<Path, Optional<Path>> files;
    private Optional<AffinityStrength> affinity = Optional.empty();
    private final List<String> questions = new ArrayList<>();

    /** Dialogs that answer file choosers with {@code files} and cancel every question. */
    public ScriptedDialogs(Function<Path, Optional<Path>> files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    /** Dialogs that cancel everything. */
    public ScriptedDialogs() {
        this(initialDirectory -> Optional.empty());
    }

    /** Answers the affinity question with {@code answer} (empty: cancel). */
    public ScriptedDialogs answeringAffinity(Optional<AffinityStrength> answer) {
        this.affinity = Objects.requireNonNull(answer, "answer");
        return this;
    }

    /** The questions asked so far, as "workload -> target". */
    public List<String> questions() {
        return List.copyOf(questions);
    }

    @Override
    public Optional<Path> chooseTopologyFile(Path initialDirectory) {
        return files.apply(initialDirectory);
    }

    @Override
    public Optional<AffinityStrength> askAffinity(String workload, String target) {
        questions.add(workload + " -> " + target);
        return affinity;
    }
}
