package id.arus.settings;

import java.util.Optional;

/**
 * Reads and changes the operator's settings. Reads are open to every caller, signed in or not, because
 * other modules need them while acting for the system (a password-reset mail is sent for someone who
 * cannot sign in); writes are for ADMIN, validated with {@link SettingsRules} and recorded in the audit
 * trail with the values before and after (secrets as {@code ***}).
 */
public interface SettingsManagement {

    CompanyProfile company();

    Optional<CompanyLogo> logo();

    RegionalSettings regional();

    /** The saved SMTP server with its password decrypted; empty when none was saved yet. */
    Optional<MailServerSettings> mailServer();

    /**
     * Where mail for the network operations centre goes (a router down or back); empty when none was saved
     * yet, and then such mail is not sent (the NOC still gets the inbox task).
     */
    Optional<String> nocEmail();

    /** Saves the NOC address; blank removes it. @throws InvalidSettingsException when it is no mail address */
    void updateNocEmail(String address);

    /** @throws InvalidSettingsException when a field is invalid */
    void updateCompany(CompanyProfile profile);

    /** Stores the image with the type detected from its bytes. @throws InvalidSettingsException */
    void updateLogo(byte[] image);

    void removeLogo();

    /** @throws InvalidSettingsException */
    void updateRegional(RegionalSettings regional);

    /**
     * Saves the server. A blank password keeps the stored one; a blank username means no login, and the
     * stored password is then removed. @throws InvalidSettingsException
     */
    void updateMailServer(MailServerSettings server);

    /**
     * Sends a test mail through the given (possibly unsaved) server; a blank password means the stored one.
     *
     * @throws TestMailFailedException with the SMTP server's complaint
     */
    void sendTestMail(MailServerSettings server, String recipient);
}
