package dev.traverse.canvas.document;

/** An axis-aligned rectangle in canvas units. */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("a box cannot have a negative size");
        }
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    public boolean intersects(Box other) {
        return other.x <= maxX() && other.maxX() >= x && other.y <= maxY() && other.maxY() >= y;
    }

    public boolean containsBox(Box other) {
        return other.x >= x && other.maxX() <= maxX() && other.y >= y && other.maxY() <= maxY();
    }

    public Box union(Box other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Box(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    public Box translate(double dx, double dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    public Box inflate(double margin) {
        return new Box(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }
}
