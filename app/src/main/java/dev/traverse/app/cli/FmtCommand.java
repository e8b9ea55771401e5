package dev.traverse.app.cli;

import dev.traverse.engine.io.CommentScanner;
import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.SourcePosition;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code traverse fmt FILE... [--check]}: rewrites files in canonical form, so that diffs show only real changes. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Rewrite topology files in canonical form: fixed field order, defaults left out, maps sorted.",
                "Saving is atomic. A file with comments below its header is left alone unless --force, since only"
                        + " the header comment is kept.",
                "Exit status: 0 when done (or, with --check, when every file is canonical); 1 when --check finds a"
                        + " file to reformat or a file was left alone; 2 when a file has errors."})
final class FmtCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Topology files (YAML, or JSON for .json).")
    private List<Path> files;

    @Option(names = "--check", description = "Change nothing; list the files that are not in canonical form.")
    private boolean check;

    @Option(names = "--force", description = "Reformat even when comments below the header would be dropped.")
    private boolean force;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int status = 0;
        for (Path file : files) {
            status = Math.max(status, format(file, out, err));
        }
        out.flush();
        err.flush();
        return status;
    }

    private int format(Path file, PrintWriter out, PrintWriter err) {
        Optional<TopologyDocument> document = TopologyFiles.readOrReport(file, err);
        if (document.isEmpty()) {
            return TopologyFiles.INVALID;
        }
        try {
            String current = Files.readString(file, StandardCharsets.UTF_8);
            String canonical = TopologyWriter.write(document.get(), FileFormat.of(file));
            if (canonical.equals(current)) {
                return 0;
            }
            if (check) {
                out.println(file + ": not in canonical form (run traverse fmt " + file + ")");
                return 1;
            }
            List<SourcePosition> dropped = FileFormat.of(file) == FileFormat.YAML
                    ? CommentScanner.droppedComments(current) : List.of();
            if (!dropped.isEmpty() && !force) {
                err.println(file + ":" + dropped.get(0) + ": left alone: reformatting would drop "
                        + ValidateCommand.count(dropped.size(), "comment") + " below the header; move them into the"
                        + " header or metadata.description, or pass --force");
                return 1;
            }
            TopologyWriter.save(file, document.get());
            out.println("formatted " + file);
            return 0;
        } catch (IOException e) {
            err.println(file + ": cannot write: " + e.getMessage());
            return 1;
        }
    }
}
