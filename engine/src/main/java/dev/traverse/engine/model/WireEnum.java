package dev.traverse.engine.model;

/** An enumeration with the exact spelling its values have in topology files. */
public interface WireEnum {

    /** The value as written in a topology file. */
    String wireName();
}
