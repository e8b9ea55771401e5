package dev.traverse.canvas.gesture;

import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.intent.CanvasIntents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Keeps every intent the canvas raises, in order, for tests to read on the FX thread. */
final class RecordingIntents implements CanvasIntents {

    record Move(Map<String, Point> positions, boolean byKeyboard) {
    }

    record Connect(String from, String to) {
    }

    record Drop(String item, String target, Point at) {
    }

    record Pin(String chip, String target) {
    }

    record OpenChip(String chip) {
    }

    record Open(String element) {
    }

    record Menu(String target, TargetKind kind) {
    }

    final List<Object> calls = new ArrayList<>();

    @Override
    public void move(Map<String, Point> newPositions, boolean byKeyboard) {
        calls.add(new Move(Map.copyOf(newPositions), byKeyboard));
    }

    @Override
    public void connect(String fromId, String toId) {
        calls.add(new Connect(fromId, toId));
    }

    @Override
    public void drop(String itemId, String targetId, Point at) {
        calls.add(new Drop(itemId, targetId, at));
    }

    @Override
    public void pin(String chipId, String targetId) {
        calls.add(new Pin(chipId, targetId));
    }

    @Override
    public void openChip(String chipId) {
        calls.add(new OpenChip(chipId));
    }

    @Override
    public void open(String elementId) {
        calls.add(new Open(elementId));
    }

    @Override
    public void contextMenu(String targetId, TargetKind kind, double screenX, double screenY) {
        calls.add(new Menu(targetId, kind));
    }
}
