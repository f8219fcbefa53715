package id.arus.catalog;

/** An archived plan can no longer be sold; existing subscriptions keep it. */
public enum PlanStatus { ACTIVE, ARCHIVED }
