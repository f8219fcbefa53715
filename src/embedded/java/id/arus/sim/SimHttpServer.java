package id.arus.sim;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP side of a simulator: the JDK's server on 127.0.0.1 only (a simulator is never reachable from the
 * network), a few daemon handler threads so a forgotten simulator never keeps the JVM alive, and one call that
 * stops both.
 */
public final class SimHttpServer implements AutoCloseable {

    private static final int BACKLOG = 50;

    private final HttpServer server;
    private final ExecutorService handlers;

    private SimHttpServer(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    /**
     * Binds and starts serving.
     *
     * @param name     the handler threads' name
     * @param port     0 for a free one
     * @param contexts path prefix to handler
     * @throws java.net.BindException when the port is taken
     */
    public static SimHttpServer start(String name, int port, int threads, Map<String, HttpHandler> contexts) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), BACKLOG);
        contexts.forEach(server::createContext);
        ExecutorService handlers = Executors.newFixedThreadPool(threads, daemon(name));
        server.setExecutor(handlers);
        server.start();
        return new SimHttpServer(server, handlers);
    }

    /** A thread factory of daemon threads with that name, for a simulator's own background work too. */
    public static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
