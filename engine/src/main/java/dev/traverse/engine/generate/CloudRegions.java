package dev.traverse.engine.generate;

import static dev.traverse.engine.model.Provider.AWS;
import static dev.traverse.engine.model.Provider.AZURE;
import static dev.traverse.engine.model.Provider.COREWEAVE;
import static dev.traverse.engine.model.Provider.GCP;
import static dev.traverse.engine.model.Provider.OCI;

import dev.traverse.engine.model.Provider;
import java.util.List;

/**
 * Real regions of the five cloud providers the generator uses, with the country of each (for sovereignty
 * constraints) and a typical carbon intensity of its grid (for the carbon objective). Intensities are rounded
 * yearly figures: good enough to make clean and dirty regions differ as they do.
 */
final class CloudRegions {

    static final List<CloudRegion> ALL = List.of(
            new CloudRegion(AWS, "us-east-1", "US", 38.9, -77.5, 380, 3),
            new CloudRegion(AWS, "us-east-2", "US", 40.0, -83.0, 560, 3),
            new CloudRegion(AWS, "us-west-1", "US", 37.4, -121.9, 220, 2),
            new CloudRegion(AWS, "us-west-2", "US", 45.8, -119.7, 260, 3),
            new CloudRegion(AWS, "ca-central-1", "CA", 45.5, -73.6, 30, 3),
            new CloudRegion(AWS, "eu-west-1", "IE", 53.3, -6.3, 290, 3),
            new CloudRegion(AWS, "eu-west-2", "GB", 51.5, -0.1, 200, 3),
            new CloudRegion(AWS, "eu-west-3", "FR", 48.9, 2.4, 56, 3),
            new CloudRegion(AWS, "eu-central-1", "DE", 50.1, 8.7, 380, 3),
            new CloudRegion(AWS, "eu-north-1", "SE", 59.3, 18.1, 41, 3),
            new CloudRegion(AWS, "eu-south-1", "IT", 45.5, 9.2, 330, 3),
            new CloudRegion(AWS, "ap-northeast-1", "JP", 35.7, 139.7, 480, 3),
            new CloudRegion(AWS, "ap-southeast-1", "SG", 1.35, 103.8, 410, 3),
            new CloudRegion(AWS, "ap-southeast-2", "AU", -33.9, 151.2, 640, 3),
            new CloudRegion(AWS, "ap-south-1", "IN", 19.1, 72.9, 710, 3),
            new CloudRegion(AWS, "sa-east-1", "BR", -23.5, -46.6, 100, 3),
            new CloudRegion(AWS, "af-south-1", "ZA", -33.9, 18.4, 900, 3),
            new CloudRegion(AWS, "me-central-1", "AE", 25.2, 55.3, 420, 3),

            new CloudRegion(AZURE, "eastus", "US", 37.4, -79.0, 380, 3),
            new CloudRegion(AZURE, "westus2", "US", 47.2, -119.9, 280, 3),
            new CloudRegion(AZURE, "centralus", "US", 41.6, -93.6, 420, 3),
            new CloudRegion(AZURE, "canadacentral", "CA", 43.7, -79.4, 50, 3),
            new CloudRegion(AZURE, "westeurope", "NL", 52.4, 4.9, 330, 3),
            new CloudRegion(AZURE, "northeurope", "IE", 53.3, -6.3, 290, 3),
            new CloudRegion(AZURE, "francecentral", "FR", 48.9, 2.4, 56, 3),
            new CloudRegion(AZURE, "germanywestcentral", "DE", 50.1, 8.7, 380, 3),
            new CloudRegion(AZURE, "swedencentral", "SE", 60.7, 17.1, 41, 3),
            new CloudRegion(AZURE, "uksouth", "GB", 51.5, -0.1, 200, 3),
            new CloudRegion(AZURE, "switzerlandnorth", "CH", 47.4, 8.5, 40, 3),
            new CloudRegion(AZURE, "norwayeast", "NO", 59.9, 10.7, 30, 3),
            new CloudRegion(AZURE, "japaneast", "JP", 35.7, 139.7, 480, 3),
            new CloudRegion(AZURE, "australiaeast", "AU", -33.9, 151.2, 640, 3),
            new CloudRegion(AZURE, "southeastasia", "SG", 1.35, 103.8, 410, 3),
            new CloudRegion(AZURE, "centralindia", "IN", 18.5, 73.9, 710, 3),
            new CloudRegion(AZURE, "brazilsouth", "BR", -23.5, -46.6, 100, 3),

            new CloudRegion(GCP, "us-central1", "US", 41.3, -95.9, 420, 3),
            new CloudRegion(GCP, "us-east4", "US", 39.0, -77.5, 380, 3),
            new CloudRegion(GCP, "us-west1", "US", 45.6, -121.2, 260, 3),
            new CloudRegion(GCP, "northamerica-northeast1", "CA", 45.5, -73.6, 30, 3),
            new CloudRegion(GCP, "europe-west1", "BE", 50.4, 3.8, 160, 3),
            new CloudRegion(GCP, "europe-west2", "GB", 51.5, -0.1, 200, 3),
            new CloudRegion(GCP, "europe-west3", "DE", 50.1, 8.7, 380, 3),
            new CloudRegion(GCP, "europe-west4", "NL", 53.4, 6.8, 330, 3),
            new CloudRegion(GCP, "europe-west9", "FR", 48.9, 2.4, 56, 3),
            new CloudRegion(GCP, "europe-north1", "FI", 60.6, 27.2, 80, 3),
            new CloudRegion(GCP, "europe-southwest1", "ES", 40.4, -3.7, 150, 3),
            new CloudRegion(GCP, "asia-northeast1", "JP", 35.7, 139.7, 480, 3),
            new CloudRegion(GCP, "asia-southeast1", "SG", 1.35, 103.8, 410, 3),
            new CloudRegion(GCP, "asia-south1", "IN", 19.1, 72.9, 710, 3),
            new CloudRegion(GCP, "australia-southeast1", "AU", -33.9, 151.2, 640, 3),
            new CloudRegion(GCP, "southamerica-east1", "BR", -23.5, -46.6, 100, 3),

            new CloudRegion(OCI, "us-ashburn-1", "US", 39.0, -77.5, 380, 3),
            new CloudRegion(OCI, "us-phoenix-1", "US", 33.4, -112.1, 380, 3),
            new CloudRegion(OCI, "ca-toronto-1", "CA", 43.7, -79.4, 50, 1),
            new CloudRegion(OCI, "eu-frankfurt-1", "DE", 50.1, 8.7, 380, 3),
            new CloudRegion(OCI, "eu-amsterdam-1", "NL", 52.4, 4.9, 330, 1),
            new CloudRegion(OCI, "eu-madrid-1", "ES", 40.4, -3.7, 150, 1),
            new CloudRegion(OCI, "uk-london-1", "GB", 51.5, -0.1, 200, 3),
            new CloudRegion(OCI, "ap-tokyo-1", "JP", 35.7, 139.7, 480, 1),
            new CloudRegion(OCI, "ap-sydney-1", "AU", -33.9, 151.2, 640, 1),
            new CloudRegion(OCI, "sa-saopaulo-1", "BR", -23.5, -46.6, 100, 1),

            new CloudRegion(COREWEAVE, "lga1", "US", 40.8, -74.0, 290, 1),
            new CloudRegion(COREWEAVE, "ord1", "US", 41.9, -87.6, 420, 1),
            new CloudRegion(COREWEAVE, "las1", "US", 36.2, -115.1, 350, 1),
            new CloudRegion(COREWEAVE, "rno2", "US", 39.5, -119.8, 300, 1));

    /** How often each provider is drawn: the big three dominate, OCI and CoreWeave are niche. */
    static final List<Provider> PROVIDERS = List.of(AWS, AZURE, GCP, OCI, COREWEAVE);
    static final double[] PROVIDER_WEIGHTS = {0.34, 0.27, 0.24, 0.09, 0.06};

    private CloudRegions() {
    }

    static List<CloudRegion> of(Provider provider) {
        return ALL.stream().filter(r -> r.provider() == provider).toList();
    }
}
