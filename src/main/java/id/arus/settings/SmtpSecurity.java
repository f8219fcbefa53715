package id.arus.settings;

/** How the connection to the SMTP server is protected. */
public enum SmtpSecurity {
    /** Plain SMTP, usually port 25: only for a relay on a trusted network. */
    NONE,
    /** Plain connection upgraded with STARTTLS, usually port 587; the upgrade is required, never optional. */
    STARTTLS,
    /** TLS from the first byte (SMTPS), usually port 465. */
    SSL
}
