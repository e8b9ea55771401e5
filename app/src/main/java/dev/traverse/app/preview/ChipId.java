package dev.traverse.app.preview;

import dev.traverse.canvas.overlay.ChipStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a workload chip stands for, and its id in the overlay: {@code WORKLOAD@ELEMENT} for replicas of a workload
 * grouped on an element, {@code WORKLOAD/REPLICA@ELEMENT} for one replica (so that dragging it can pin that replica),
 * with {@code #moved} or {@code #lost} after it on a what-if's chips. Workload names are DNS labels and element ids
 * hold no {@code @} or {@code #}, so the parts never clash. Immutable.
 *
 * @param replica the replica number, or {@link #GROUP} for a chip standing for several replicas
 * @param style   the chip's style; only MOVED and LOST show in the id, as those share an element with placed chips
 */
public record ChipId(String workload, int replica, String elementId, ChipStyle style) {

    /** The replica number of a chip standing for several replicas. */
    public static final int GROUP = -1;

    public ChipId {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(elementId, "elementId");
        Objects.requireNonNull(style, "style");
        if (replica < GROUP) {
            throw new IllegalArgumentException("replica must be a number from 0, or GROUP");
        }
    }

    /** A chip for several replicas of a workload on one element. */
    public static ChipId group(String workload, String elementId, ChipStyle style) {
        return new ChipId(workload, GROUP, elementId, style);
    }

    /** A chip for one replica on one element. */
    public static ChipId single(String workload, int replica, String elementId, ChipStyle style) {
        if (replica < 0) {
            throw new IllegalArgumentException("replica must be at least 0, got " + replica);
        }
        return new ChipId(workload, replica, elementId, style);
    }

    public boolean isSingleReplica() {
        return replica != GROUP;
    }

    /** The id the overlay's chip carries. */
    public String encode() {
        StringBuilder id = new StringBuilder(workload);
        if (isSingleReplica()) {
            id.append('/').append(replica);
        }
        id.append('@').append(elementId);
        if (style == ChipStyle.MOVED || style == ChipStyle.LOST) {
            id.append('#').append(style.name().toLowerCase(Locale.ROOT));
        }
        return id.toString();
    }

    /**
     * Reads a chip id made by {@link #encode()}; placed and pinned chips read back as PLACED (their id does not
     * tell them apart).
     *
     * @return empty when {@code id} is not a chip id of this form
     */
    public static Optional<ChipId> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        int at = id.indexOf('@');
        if (at <= 0 || at == id.length() - 1) {
            return Optional.empty();
        }
        String head = id.substring(0, at);
        String element = id.substring(at + 1);
        ChipStyle style = ChipStyle.PLACED;
        int hash = element.indexOf('#');
        if (hash >= 0) {
            String marker = element.substring(hash + 1);
            element = element.substring(0, hash);
            if (marker.equals("moved")) {
                style = ChipStyle.MOVED;
            } else if (marker.equals("lost")) {
                style = ChipStyle.LOST;
            } else {
                return Optional.empty();
            }
        }
        if (element.isEmpty()) {
            return Optional.empty();
        }
        int slash = head.indexOf('/');
        if (slash < 0) {
            return Optional.of(group(head, element, style));
        }
        String workload = head.substring(0, slash);
        String number = head.substring(slash + 1);
        boolean digits = !number.isEmpty() && number.length() <= 9
                && number.chars().allMatch(c -> c >= '0' && c <= '9');
        if (workload.isEmpty() || !digits) {
            return Optional.empty();
        }
        return Optional.of(single(workload, Integer.parseInt(number), element, style));
    }

    @Override
    public String toString() {
        return encode();
    }
}
