package dev.traverse.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameAllocatorTest {

    @Test
    void aFreeNameIsKept() {
        assertThat(NameAllocator.unique("store-017", Set.of("store-001")::contains)).isEqualTo("store-017");
    }

    @Test
    void aTakenNameGetsTheFirstFreeNumber() {
        assertThat(NameAllocator.unique("store-017", Set.of("store-017")::contains)).isEqualTo("store-017-2");
        assertThat(NameAllocator.unique("store-017", Set.of("store-017", "store-017-2")::contains))
                .isEqualTo("store-017-3");
    }

    @Test
    void aLongNameIsShortenedToMakeRoomForItsNumber() {
        String long63 = "a".repeat(61) + "-b";
        String unique = NameAllocator.unique(long63, Set.of(long63)::contains);

        assertThat(unique).hasSize(63).endsWith("-2").startsWith("a".repeat(61));
        assertThat(dev.traverse.engine.model.Names.isName(unique)).isTrue();
    }

    @Test
    void shorteningNeverLeavesTwoDashes() {
        String name = "a".repeat(60) + "-bc";
        String unique = NameAllocator.unique(name, Set.of(name)::contains);

        assertThat(unique).isEqualTo("a".repeat(60) + "-2");
    }

    @Test
    void anInvalidNameIsRefusedWithTheRule() {
        assertThatThrownBy(() -> NameAllocator.requireName("Store"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name \"Store\" is not a valid name: use lower-case letters, digits and -");
        assertThatThrownBy(() -> NameAllocator.requireName("store-"))
                .hasMessage("name \"store-\" is not a valid name: use lower-case letters, digits and -, starting and"
                        + " ending with a letter or digit");
        assertThatThrownBy(() -> NameAllocator.requireName("s".repeat(64)))
                .hasMessageEndingWith("digits and -, at most 63 characters");
        assertThatThrownBy(() -> NameAllocator.requireName(""))
                .hasMessageContaining("a name is needed");
        assertThatThrownBy(() -> NameAllocator.unique("-x", n -> false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
