package dev.caplan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Versions} loads the two versions of a diff side by side and gives each its own outcome. */
class VersionsTest {

    @Test
    void bothVersionsAreLoadedEachWithItsOwnOutcome() {
        Versions versions = Versions.load(() -> Version.onDisk("old", List.of(Path.of("models/ijsselland"))),
                () -> Version.onDisk("new", List.of(Path.of("no/such/model"))));
        assertThat(versions.before().value()).isNotNull();
        assertThat(versions.before().value().label()).isEqualTo("old");
        assertThat(versions.after().value()).isNull();
        assertThat(versions.after().diagnostics()).anySatisfy(d -> assertThat(d.message()).contains("no/such/model"));
    }

    @Test
    void whatTheLaterLoadThrowsIsThrownHere() {
        assertThatThrownBy(() -> Versions.load(() -> Version.onDisk("old", List.of(Path.of("models/ijsselland"))),
                () -> {
                    throw new IllegalArgumentException("broken");
                })).isInstanceOf(IllegalArgumentException.class).hasMessage("broken");
    }
}
