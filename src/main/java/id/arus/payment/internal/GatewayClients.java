package id.arus.payment.internal;

import id.arus.payment.PaymentMethod;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The gateway clients present in this installation, by gateway. */
@Component
class GatewayClients {

    private final Map<PaymentMethod, GatewayClient> clients = new EnumMap<>(PaymentMethod.class);

    GatewayClients(List<GatewayClient> all) {
        all.forEach(client -> clients.put(client.gateway(), client));
    }

    Optional<GatewayClient> find(PaymentMethod gateway) {
        return Optional.ofNullable(gateway == null ? null : clients.get(gateway));
    }

    GatewayClient of(PaymentMethod gateway) {
        return find(gateway).orElseThrow(() -> new IllegalStateException("No client for gateway " + gateway));
    }
}
