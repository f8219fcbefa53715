package id.arus.network;

import java.util.List;
import java.util.Optional;

/**
 * IP pools per NAS with static assignments. Pools of one NAS never overlap; an address is held by at most
 * one owner; an address that is already in use elsewhere on the NAS (a PPP secret's remote address, an
 * address-list entry owned by someone else) is a conflict. ADMIN and NOC manage pools; assignment is for
 * the subscription process (system identity) and staff.
 */
public interface IpPools {

    List<IpPool> pools(long nasId);

    IpPool createPool(long nasId, String name, String ranges);

    void removePool(long poolId);

    /**
     * Gives the owner an address from the NAS's pools: the one asked for (must be free and inside a pool),
     * else the lowest free one. Asking again for the same owner returns the same address (idempotent).
     *
     * @throws id.arus.shared.InvalidInputException when the address is taken, outside every pool, or the
     *         pools are full
     */
    IpAssignment assign(long nasId, String owner, String requestedAddress);

    /** Frees the owner's address on that NAS; releasing twice changes nothing. */
    void release(long nasId, String owner);

    Optional<IpAssignment> assignmentOf(long nasId, String owner);

    List<IpAssignment> assignments(long poolId);

    /** Addresses held twice or used on the router outside Arus's assignment, for the pools screen. */
    List<String> conflicts(long nasId);
}
