/**
 * A Midtrans look-alike for the demo and the tests: Snap checkout, the vtweb payment page, signed HTTP
 * notifications with Midtrans's retries, the status, refund and expire APIs. Depends on no Arus module.
 */
package id.arus.sim.midtrans;
