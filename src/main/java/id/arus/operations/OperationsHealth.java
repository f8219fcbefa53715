package id.arus.operations;

import java.util.List;

/**
 * The health of every part of Arus. Checks run in the background every few seconds, so a screen that
 * shows them reads a snapshot instead of waiting for a slow or unreachable broker.
 */
public interface OperationsHealth {

    /** The component names in display order. */
    List<String> COMPONENTS = List.of("db", "kafka", "processEngine", "rules", "routes");

    /** The latest snapshot (checked now if there is none yet). */
    List<ComponentHealth> components();

    /** Checks every component now and returns the fresh snapshot. */
    List<ComponentHealth> checkNow();
}
