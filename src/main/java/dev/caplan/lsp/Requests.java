package dev.caplan.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Runs each request on the worker thread, where the models are, and turns whatever goes wrong in
 * answering into an error response for that request alone: a broken file or hostile input may
 * fail one answer, never the server.
 */
final class Requests {
    private final Executor worker;

    Requests(Executor worker) {
        this.worker = worker;
    }

    <T> CompletableFuture<T> answer(String what, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            worker.execute(() -> {
                try {
                    result.complete(work.get());
                } catch (ResponseErrorException e) {
                    result.completeExceptionally(e);
                } catch (RuntimeException | StackOverflowError e) {
                    result.completeExceptionally(failure(ResponseErrorCode.InternalError,
                            "caplan could not answer " + what + ": " + e));
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(failure(ResponseErrorCode.InvalidRequest, "the server is shutting down"));
        }
        return result;
    }

    static ResponseErrorException failure(ResponseErrorCode code, String message) {
        return new ResponseErrorException(new ResponseError(code, message, null));
    }
}
