package dev.caplan.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * LSP4J allocates a message's body at the length its header claims: the server stops reading at a
 * hostile {@code Content-Length} (or an endless header) instead of allocating it, and ends as it
 * does when the editor goes away (exit code 1: no shutdown was asked for).
 */
class HostileHeaderTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aHugeContentLengthEndsTheServerWithoutAllocatingIt() throws Exception {
        assertThat(serve("Content-Length: 2147483000\r\n\r\n{\"jsonrpc\":\"2.0\"")).isEqualTo(1);
        assertThat(serve("Content-Length: 99999999999999999999999\r\n\r\n{")).isEqualTo(1);
    }

    @Test
    void anEndlessHeaderEndsTheServer() throws Exception {
        assertThat(serve("X-Junk: " + "a".repeat(100_000))).isEqualTo(1);
    }

    @Test
    void messagesWithinTheLimitsAreAnswered() throws Exception {
        String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";
        String shutdown = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}";
        String exit = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = serve(message(initialize) + message(shutdown) + message(exit), out);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"id\":1").contains("\"capabilities\"");
    }

    @Test
    void theStreamPassesBodiesThroughWhole() throws Exception {
        String body = "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":\"" + "é".repeat(5000) + "\"}";
        byte[] bytes = (message(body) + message(body)).getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new BoundedMessages(new ByteArrayInputStream(bytes))) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    private static String message(String body) {
        return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static int serve(String input) throws Exception {
        return serve(input, new ByteArrayOutputStream());
    }

    /** Serves {@code input}, then an input that never ends, so only the server's own refusal ends it. */
    private static int serve(String input, ByteArrayOutputStream out) throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), endless);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return LanguageServerMain.serve(in, out);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
