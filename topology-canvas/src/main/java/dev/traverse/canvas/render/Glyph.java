package dev.traverse.canvas.render;

import dev.traverse.canvas.document.ElementKind;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * The icon badge a skin draws in an element's header, chosen from the element's style hint: a provider for sites,
 * a Kubernetes distribution for clusters, a device kind for device groups. Each glyph has a brand colour (which
 * also tints the element) and either a short lettering or a vector picture drawn by {@link GlyphPainter}.
 */
enum Glyph {
    AWS(Shape.SQUARE, "#232F3E", "aws", "aws", "amazon"),
    AZURE(Shape.SQUARE, "#0078D4", "", "azure"),
    GCP(Shape.SQUARE, "#4285F4", "", "gcp", "google"),
    OCI(Shape.SQUARE, "#C74634", "", "oci", "oracle"),
    COREWEAVE(Shape.SQUARE, "#4C3FE0", "CW", "coreweave"),
    ON_PREM(Shape.SQUARE, "#57606A", "", "on-prem", "onprem", "datacenter", "dc"),
    SITE(Shape.SQUARE, "#6E7781", "", "other"),

    EKS(Shape.HEPTAGON, "#FF9900", "EKS", "eks"),
    AKS(Shape.HEPTAGON, "#0078D4", "AKS", "aks"),
    AKS_EDGE(Shape.HEPTAGON, "#005BA1", "AKe", "aks-edge", "aksedge"),
    GKE(Shape.HEPTAGON, "#4285F4", "GKE", "gke"),
    K3S(Shape.HEPTAGON, "#E0A800", "k3s", "k3s"),
    MICROK8S(Shape.HEPTAGON, "#E95420", "mk8", "microk8s"),
    MINIKUBE(Shape.HEPTAGON, "#2F9E8F", "mkb", "minikube"),
    OPENSHIFT(Shape.HEPTAGON, "#EE0000", "OS", "openshift", "okd"),
    KUBERNETES(Shape.HEPTAGON, "#326CE5", "", "kubernetes", "k8s"),

    GATEWAY(Shape.CIRCLE, "#0E7C86", "", "gateway"),
    CAMERA(Shape.CIRCLE, "#8250DF", "", "camera"),
    SENSOR(Shape.CIRCLE, "#1A7F37", "", "sensor"),
    VEHICLE_ECU(Shape.CIRCLE, "#BC4C00", "", "vehicle-ecu", "ecu"),
    DEVICE(Shape.CIRCLE, "#6E7781", "", "device"),

    GPU(Shape.SQUARE, "#5E9A00", "GPU", "gpu", "nvidia"),
    SERVER(Shape.SQUARE, "#4F6D8A", "", "node", "server", "pool");

    /** The outline of the badge. */
    enum Shape {
        SQUARE, HEPTAGON, CIRCLE
    }

    private final Shape shape;
    private final Color brand;
    private final String letters;
    private final String[] tokens;

    Glyph(Shape shape, String brand, String letters, String... tokens) {
        this.shape = shape;
        this.brand = Color.web(brand);
        this.letters = letters;
        this.tokens = tokens;
    }

    Shape shape() {
        return shape;
    }

    /** The badge's fill and the element's tint. */
    Color brand() {
        return brand;
    }

    /**
     * The colour the element's border and body are tinted with: the brand's, but orange for AWS (its badge is navy)
     * and slate for the red brands, OpenShift and Oracle, since a red box on the canvas means a failure.
     */
    Color tint() {
        return switch (this) {
            case AWS -> AWS_ORANGE;
            case OPENSHIFT, OCI -> NEUTRAL_TINT;
            default -> brand;
        };
    }

    /** The text on the badge, or empty when the glyph is a picture. */
    String letters() {
        return letters;
    }

    static final Color AWS_ORANGE = Color.web("#FF9900");
    private static final Color NEUTRAL_TINT = Color.web("#57606A");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;/·|]+");
    private static final Map<ElementKind, Map<String, Glyph>> CHOSEN = new EnumMap<>(ElementKind.class);

    static {
        for (ElementKind kind : ElementKind.values()) {
            CHOSEN.put(kind, new ConcurrentHashMap<>());
        }
    }

    private static final Glyph[] SITE_GLYPHS = {AWS, AZURE, GCP, OCI, COREWEAVE, ON_PREM, SITE};
    private static final Glyph[] CLUSTER_GLYPHS = {EKS, AKS_EDGE, AKS, GKE, K3S, MICROK8S, MINIKUBE, OPENSHIFT,
        KUBERNETES};
    private static final Glyph[] DEVICE_GLYPHS = {GATEWAY, CAMERA, SENSOR, VEHICLE_ECU, DEVICE};
    private static final Glyph[] POOL_GLYPHS = {GPU, SERVER};

    /**
     * The glyph for an element: the first word of {@code style} (split at spaces, commas, slashes and middle dots)
     * naming a glyph meant for the kind, else any glyph it names, else the kind's default.
     */
    static Glyph forStyle(ElementKind kind, String style) {
        // styles repeat across thousands of elements: remember each answer (a bounded number of them)
        Map<String, Glyph> chosen = CHOSEN.get(kind);
        if (chosen.size() > 4096) {
            chosen.clear();
        }
        return chosen.computeIfAbsent(style, s -> choose(kind, s));
    }

    private static Glyph choose(ElementKind kind, String style) {
        String[] words = SEPARATORS.split(style.toLowerCase(Locale.ROOT));
        Glyph[] preferred = switch (kind) {
            case SITE -> SITE_GLYPHS;
            case CLUSTER -> CLUSTER_GLYPHS;
            case NODE_POOL -> POOL_GLYPHS;
            case DEVICE_GROUP -> DEVICE_GLYPHS;
        };
        Glyph found = match(words, preferred);
        if (found == null) {
            found = match(words, values());
        }
        if (found != null) {
            return found;
        }
        return switch (kind) {
            case SITE -> SITE;
            case CLUSTER -> KUBERNETES;
            case NODE_POOL -> SERVER;
            case DEVICE_GROUP -> DEVICE;
        };
    }

    private static Glyph match(String[] words, Glyph[] candidates) {
        for (String word : words) {
            for (Glyph g : candidates) {
                for (String token : g.tokens) {
                    if (token.equals(word)) {
                        return g;
                    }
                }
            }
        }
        return null;
    }
}
