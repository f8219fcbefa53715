package id.arus.customer;

public enum DocumentStatus { PENDING, VERIFIED, REJECTED }
