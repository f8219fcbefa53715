package id.arus.network.routeros;

import java.util.concurrent.CompletableFuture;

/**
 * A running streaming command ({@code listen}, {@code monitor-traffic}). It runs until {@link #cancel()}
 * (or the connection ends); {@link #completion()} then completes normally after a cancel, or
 * exceptionally when the router rejected the command or the connection died.
 */
public final class Subscription implements AutoCloseable {

    private final RouterOsConnection connection;
    private final String tag;
    private final CompletableFuture<Void> completion;

    Subscription(RouterOsConnection connection, String tag, CompletableFuture<Void> completion) {
        this.connection = connection;
        this.tag = tag;
        this.completion = completion;
    }

    /** The command's {@code .tag} on its connection. */
    public String tag() {
        return tag;
    }

    /** Completes when the stream has ended. */
    public CompletableFuture<Void> completion() {
        return completion;
    }

    /** Sends {@code /cancel =tag=}; the stream ends when the router confirms. */
    public CompletableFuture<Void> cancel() {
        if (completion.isDone() || !connection.isOpen()) {
            return completion.exceptionally(e -> null);
        }
        connection.cancel(tag);
        return completion;
    }

    @Override
    public void close() {
        cancel();
    }
}
