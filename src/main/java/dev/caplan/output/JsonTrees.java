package dev.caplan.output;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How every JSON document caplan writes is laid out (results, diffs, diagnostics, SARIF): trees
 * built by hand so that property order is fixed, numbers as plain decimals (never {@code 1E+3}),
 * two-space indents, {@code "key": value} and {@code \n} on every platform.
 */
final class JsonTrees {

    private static final DefaultPrettyPrinter PRETTY_PRINTER = new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .defaultPrettyPrinter(PRETTY_PRINTER)
            .build();

    private JsonTrees() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The document as text, ending with a line feed. */
    static String write(ObjectNode root) {
        return MAPPER.writeValueAsString(root) + "\n";
    }
}
