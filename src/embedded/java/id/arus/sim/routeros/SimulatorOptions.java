package id.arus.sim.routeros;

import java.time.Duration;

/**
 * How the simulated customers behave: how long after a secret is added or enabled its client dials
 * in, and how long after a kick it dials again (a negative duration: never).
 */
record SimulatorOptions(Duration dialInDelay, Duration redialDelay) {
}
