package id.arus.settings;

/**
 * The SMTP server Arus sends through.
 *
 * @param username blank when the server takes mail without login
 * @param password the plain password when read; when saving, blank means "keep the stored one"
 */
public record MailServerSettings(String host, int port, String username, String password, SmtpSecurity security,
                                 String fromAddress, String fromName) {

    public boolean authenticates() {
        return username != null && !username.isBlank();
    }

    public MailServerSettings withPassword(String value) {
        return new MailServerSettings(host, port, username, value, security, fromAddress, fromName);
    }

    /** Never prints the password: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return "MailServerSettings[host=" + host + ", port=" + port + ", username=" + username + ", password="
                + (password == null || password.isEmpty() ? "" : "***") + ", security=" + security
                + ", fromAddress=" + fromAddress + ", fromName=" + fromName + "]";
    }
}
