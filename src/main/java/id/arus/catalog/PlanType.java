package id.arus.catalog;

/** How a subscriber connects, which decides what the router holds for them. */
public enum PlanType { PPPOE, HOTSPOT, STATIC_IP }
