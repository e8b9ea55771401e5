package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.placement.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceTermsTest {

    static final Problem PROBLEM = StaticFixtures.spec("""
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - name: general
                          count: 12
                        - name: gpu
                    - name: aks-weu
                      nodes:
                        - name: general
                          count: 2
                  devices:
                    - name: cam
                      count: 3
                      kind: camera
                      arch: arm64
            """);

    /** Member paths are recognised from the name alone, without listing a pool's members. */
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            aks/general-1      | aks/general     | true
            aks/general-12     | aks/general     | true
            aks/general-13     | aks/general     | false
            aks/general-0      | aks/general     | false
            aks/general-01     | aks/general     | false
            aks/general-1x     | aks/general     | false
            aks/general-       | aks/general     | false
            aks/general        | aks/general     | false
            aks-weu/general-1  | aks/general     | false
            aks/general-1      | aks-weu/general | false
            aks-weu/general-2  | aks-weu/general | true
            aks/gpu            | aks/gpu         | true
            aks/gpu-1          | aks/gpu         | false
            weu/cam-3          | weu/cam         | true
            weu/cam            | weu/cam         | false
            aks/cam-1          | weu/cam         | false
            """)
    void pathNamesAMemberOfTheGroup(String path, String group, boolean member) {
        assertThat(PlaceTerms.isMember(path, StaticFixtures.group(PROBLEM, group))).isEqualTo(member);
    }
}
