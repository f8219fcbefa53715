/**
 * Arus's own RouterOS API client: the binary word protocol on TCP 8728 or TLS 8729, written because
 * {@code me.legrange:mikrotik} hangs on the {@code !empty} reply of RouterOS 7.18+ and writes its socket
 * unsynchronised.
 *
 * <p>Layers, bottom up: {@link id.arus.network.routeros.WordCodec} (length-prefixed words and sentences),
 * {@link id.arus.network.routeros.Sentence} and {@link id.arus.network.routeros.Command} (what goes over
 * the wire), {@link id.arus.network.routeros.RouterOsConnection} (one logged-in socket with many tagged
 * commands in flight), {@link id.arus.network.routeros.RouterOsClient} (a small pool per router with
 * reconnect, backoff and a circuit breaker) and {@link id.arus.network.routeros.RouterOsClients} (the
 * registry keyed by router id). Plain Java: no Spring inside.
 */
package id.arus.network.routeros;
