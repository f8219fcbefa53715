/**
 * Simulators of the external systems Arus talks to, so the demo and the tests run a whole ISP on one
 * laptop without real routers or payment gateways. They speak the real wire protocols and are checked
 * against clients nobody here wrote.
 *
 * <p>This code lives under {@code src/embedded/java}, which only the default (embedded) Maven profile
 * compiles: a production jar ({@code -Pproduction}) never contains a simulator. The module depends on
 * no other Arus module, so it can be dropped without touching anything else.
 *
 * <ul>
 *   <li>{@link id.arus.sim.routeros} — MikroTik RouterOS API servers (6.49, 7.16, 7.20), started by
 *       {@link id.arus.sim.routeros.RouterSimulators} in the {@code demo} and {@code test} profiles.</li>
 *   <li>{@link id.arus.sim.mail} — the demo's SMTP server, {@link id.arus.sim.mail.DemoMailbox}, which keeps
 *       every mail as a file (tests use GreenMail directly).</li>
 *   <li>{@link id.arus.sim.messaging} — a WhatsApp gateway in Fonnte's style,
 *       {@link id.arus.sim.messaging.DemoMessageGateway}, for customer reminders in the demo and the tests.</li>
 * </ul>
 *
 * <p>The HTTP simulators (Midtrans, Tripay, the message gateway) listen through {@link id.arus.sim.SimHttpServer}:
 * loopback only, daemon handler threads. Their signatures are computed here, not with the payment module's code,
 * so the two readings of a gateway's document check each other.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulators")
package id.arus.sim;
