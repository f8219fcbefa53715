/**
 * A simulated MikroTik router speaking the RouterOS API wire protocol, for the demo and for tests of
 * Arus's own client.
 *
 * <p>Start one with {@link id.arus.sim.routeros.SimulatedRouter#builder}; the demo's three come from
 * {@link id.arus.sim.routeros.RouterSimulators} (ports and credentials are listed there). What it does:
 * <ul>
 *   <li>the word codec (1 to 5 length bytes), sentences, {@code !re}/{@code !done}/{@code !trap}
 *       (with category)/{@code !fatal}, and {@code !empty} on 7.20; tags on every reply;</li>
 *   <li>post-6.43 login, or the pre-6.43 MD5 challenge as an option; commands before login get
 *       {@code !fatal not logged in};</li>
 *   <li>menus {@code /ppp/secret}, {@code /ppp/profile}, {@code /ppp/active}, {@code /ip/hotspot/user},
 *       {@code /ip/hotspot/user/profile}, {@code /ip/hotspot/active} (with {@code login}),
 *       {@code /queue/simple}, {@code /ip/firewall/address-list}, {@code /ip/pool}, {@code /ip/address},
 *       {@code /interface} (counters that move), {@code /file}, {@code /system/resource},
 *       {@code /system/identity}, {@code /system/backup/save};</li>
 *   <li>print with {@code .proplist}, queries and {@code count-only}; add, set, unset, remove, enable,
 *       disable, get; duplicates refused; {@code listen} until {@code /cancel};</li>
 *   <li>PPP clients that dial in shortly after their secret is added or enabled (address from the
 *       secret, its profile or a pool), are dropped when it is disabled or removed, and dial again
 *       after a kick;</li>
 *   <li>{@link id.arus.sim.routeros.Faults}: latency, slow replies, dropped connections, refused
 *       logins and {@code !fatal}.</li>
 * </ul>
 */
package id.arus.sim.routeros;
