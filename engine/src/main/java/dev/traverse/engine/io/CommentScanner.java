package dev.traverse.engine.io;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.CommentToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Finds the comments that saving would drop: Traverse keeps a file's header comment, not comments further down, so
 * tools that rewrite a file (fmt, the designer's save) warn before losing them.
 */
public final class CommentScanner {

    private CommentScanner() {
    }

    /** Where each comment below the header starts; empty for JSON, for files without such comments, or bad YAML. */
    public static List<SourcePosition> droppedComments(String content) {
        int headerLines = HeaderComment.lineCount(content);
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        options.setCodePointLimit(Integer.MAX_VALUE);
        List<SourcePosition> dropped = new ArrayList<>();
        try {
            ScannerImpl scanner = new ScannerImpl(new StreamReader(content), options);
            while (!scanner.checkToken(Token.ID.StreamEnd)) {
                Token token = scanner.getToken();
                if (token instanceof CommentToken && token.getStartMark().getLine() >= headerLines) {
                    dropped.add(new SourcePosition(token.getStartMark().getLine() + 1, token.getStartMark().getColumn() + 1));
                }
            }
        } catch (YAMLException e) {
            return List.of(); // not well-formed: the reader reports it
        }
        return dropped;
    }
}
