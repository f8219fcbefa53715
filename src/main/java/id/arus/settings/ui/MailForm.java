package id.arus.settings.ui;

import id.arus.settings.SmtpSecurity;

/** What the mail tab edits. The password starts empty: an empty password means "keep the stored one". */
class MailForm {

    private String host;
    private Integer port;
    private String username;
    private String password = "";
    private SmtpSecurity security;
    private String fromAddress;
    private String fromName;

    MailForm() {
    }

    MailForm(String host, Integer port, String username, SmtpSecurity security, String fromAddress, String fromName) {
        this.host = host;
        this.port = port;
        this.username = username == null ? "" : username;
        this.security = security;
        this.fromAddress = fromAddress == null ? "" : fromAddress;
        this.fromName = fromName == null ? "" : fromName;
    }

    String getHost() { return host; }
    void setHost(String host) { this.host = host; }
    Integer getPort() { return port; }
    void setPort(Integer port) { this.port = port; }
    String getUsername() { return username; }
    void setUsername(String username) { this.username = username; }
    String getPassword() { return password; }
    void setPassword(String password) { this.password = password; }
    SmtpSecurity getSecurity() { return security; }
    void setSecurity(SmtpSecurity security) { this.security = security; }
    String getFromAddress() { return fromAddress; }
    void setFromAddress(String fromAddress) { this.fromAddress = fromAddress; }
    String getFromName() { return fromName; }
    void setFromName(String fromName) { this.fromName = fromName; }
}
