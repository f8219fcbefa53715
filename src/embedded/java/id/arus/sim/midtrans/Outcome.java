package id.arus.sim.midtrans;

/** What the customer does on the simulator's payment page (or a test through {@link MidtransSimulator#pay}). */
public enum Outcome {
    /** Pays: settlement (a card: capture with fraud status accept). */
    PAID,
    /** Lets the transaction run out: expire. */
    EXPIRED,
    /** The bank or the fraud check refuses: deny. */
    FAILED
}
