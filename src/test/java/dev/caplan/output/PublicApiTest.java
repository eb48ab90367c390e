package dev.caplan.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guards the package's promise that Jackson stays an implementation detail. */
class PublicApiTest {

    @Test
    void noPublicSignatureMentionsJackson() {
        List<String> signatures = Stream.of(Format.class, Renderer.class, Renderers.class, Numbers.class,
                        DiagnosticFormat.class, DiagnosticJson.class, Sarif.class)
                .flatMap(type -> Stream.of(type.getMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(Method::toGenericString)
                .toList();
        assertThat(signatures).isNotEmpty().noneMatch(signature -> signature.contains("jackson"));
    }

    @Test
    void everyFormatUsesOnlyLineFeeds() {
        for (Format format : Format.values()) {
            String text = Renderers.of(format).render(List.of(Fixtures.capacity(), Fixtures.intake()));
            assertThat(text).as(format.displayName()).doesNotContain("\r").endsWith("\n");
        }
    }
}
