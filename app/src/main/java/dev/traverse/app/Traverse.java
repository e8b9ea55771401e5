package dev.traverse.app;

public final class Traverse {
    public static void main(String[] args) {
        System.out.println("traverse");
    }
}
