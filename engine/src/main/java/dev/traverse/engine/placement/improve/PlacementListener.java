package dev.traverse.engine.placement.improve;

/** Told of every change {@link Journal} makes to the state, to keep its own view of the placement current. */
interface PlacementListener {

    void added(int replica, int host);

    void removed(int replica, int host);
}
