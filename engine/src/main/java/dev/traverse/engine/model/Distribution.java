package dev.traverse.engine.model;

/** The Kubernetes distribution of a cluster. */
public enum Distribution implements WireEnum {
    KUBERNETES("kubernetes"),
    EKS("eks"),
    AKS("aks"),
    GKE("gke"),
    OKE("oke"),
    K3S("k3s"),
    MICROK8S("microk8s"),
    MINIKUBE("minikube"),
    AKS_EDGE("aks-edge"),
    OPENSHIFT("openshift"),
    OTHER("other");

    private final String wireName;

    Distribution(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
