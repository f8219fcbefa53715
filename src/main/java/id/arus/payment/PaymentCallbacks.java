package id.arus.payment;

/**
 * Where the gateways' webhook routes hand a callback after checking its signature. The callback is stored
 * raw under (gateway, order id, status) in the same transaction that acts on it, before the route answers.
 */
public interface PaymentCallbacks {

    CallbackOutcome accept(GatewayNotification notification);

    /** A callback whose signature did not verify: logged and audited, nothing else. */
    void rejected(PaymentMethod gateway, String orderId, String remoteAddress, String why);
}
