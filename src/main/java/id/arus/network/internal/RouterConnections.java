package id.arus.network.internal;

import id.arus.network.Nas;
import id.arus.network.routeros.RouterOsClient;
import id.arus.network.routeros.RouterOsConfig;
import id.arus.platform.SecretCipher;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Builds RouterOS client settings for a registered NAS, decrypting its password only here, at the moment
 * a connection is made. TLS trusts the router's own certificate: RouterOS creates a self-signed one and
 * most ISPs never replace it, so checking it against public authorities would refuse nearly every router.
 */
@Component
public class RouterConnections {

    private final NasStore store;
    private final SecretCipher cipher;

    RouterConnections(NasStore store, SecretCipher cipher) {
        this.store = store;
        this.cipher = cipher;
    }

    /** A short-lived client for one check, one connection and no retry; the caller closes it. */
    public RouterOsClient open(Nas nas, Duration connectTimeout, Duration replyTimeout) {
        return new RouterOsClient(config(nas, connectTimeout, replyTimeout)
                .withMaxConnections(1)
                .withRetry(1, Duration.ofMillis(200), Duration.ofMillis(200)));
    }

    /** How to reach and log in to the NAS, with the password decrypted now. */
    RouterOsConfig config(Nas nas, Duration connectTimeout, Duration replyTimeout) {
        RouterOsConfig config = RouterOsConfig.of(nas.host(), nas.apiPort(), nas.username(), cipher.decrypt(store.passwordCipher(nas.id())))
                .withTimeouts(connectTimeout, replyTimeout);
        return nas.tls() ? config.withTls(RouterOsConfig.TlsMode.INSECURE_TRUST_ALL) : config;
    }
}
