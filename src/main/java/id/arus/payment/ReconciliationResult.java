package id.arus.payment;

/**
 * What a reconciliation run found.
 *
 * @param checked     checkouts compared with their gateway
 * @param differences checkouts where the gateway and Arus disagree
 * @param newReviews  FINANCE reviews raised now (a difference already under review raises none)
 * @param unreachable checkouts whose gateway did not answer (compared again on the next run)
 */
public record ReconciliationResult(int checked, int differences, int newReviews, int unreachable) {
}
