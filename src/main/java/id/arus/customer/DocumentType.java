package id.arus.customer;

/** KTP photo, signed contract, installation photo (taken by the technician), anything else. */
public enum DocumentType { KTP, CONTRACT, INSTALLATION_PHOTO, OTHER }
