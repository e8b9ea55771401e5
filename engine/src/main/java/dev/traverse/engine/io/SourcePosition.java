package dev.traverse.engine.io;

/** A place in a file: line and column, both from 1. */
public record SourcePosition(int line, int column) {

    public static final SourcePosition START = new SourcePosition(1, 1);

    /** A position in one long, line in the high half and column in the low: how a parsed tree keeps them. */
    static long pack(int line, int column) {
        return ((long) line << 32) | (column & 0xFFFF_FFFFL);
    }

    static SourcePosition unpack(long packed) {
        return new SourcePosition((int) (packed >>> 32), (int) packed);
    }

    long packed() {
        return pack(line, column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
