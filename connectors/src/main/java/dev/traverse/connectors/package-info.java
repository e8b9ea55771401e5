/**
 * Deploy targets and live state: Kubernetes clusters through fabric8 and device fleets over MQTT through Paho. No
 * JavaFX here: callbacks convert and queue events, and never do long work on a client's own threads.
 */
package dev.traverse.connectors;
