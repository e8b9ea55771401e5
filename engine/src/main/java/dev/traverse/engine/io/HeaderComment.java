package dev.traverse.engine.io;

/** The comment block at the top of a YAML file, which saving keeps; comments further down are not kept. */
final class HeaderComment {

    private HeaderComment() {
    }

    /** The leading lines that are comments (blank lines between them included), without trailing blank lines. */
    static String of(String content) {
        int end = 0;
        int lastComment = 0;
        int pos = 0;
        while (pos < content.length()) {
            int newline = content.indexOf('\n', pos);
            int lineEnd = newline < 0 ? content.length() : newline;
            String line = content.substring(pos, lineEnd).strip();
            if (line.startsWith("#")) {
                lastComment = lineEnd;
            } else if (!line.isEmpty()) {
                break;
            }
            end = lineEnd;
            pos = newline < 0 ? content.length() : newline + 1;
        }
        return content.substring(0, Math.min(end, lastComment)).replace("\r\n", "\n").strip();
    }

    /** How many lines the header takes, counting blank lines before the first line of content. */
    static int lineCount(String content) {
        int lines = 0;
        for (String line : (Iterable<String>) content.lines()::iterator) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                break;
            }
            lines++;
        }
        return lines;
    }
}
