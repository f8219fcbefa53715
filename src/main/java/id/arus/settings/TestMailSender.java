package id.arus.settings;

/**
 * Sends one test mail through a server that may not be saved yet. Implemented by the module that sends
 * mail ({@code notification}, which itself reads its server from here): the settings screen needs the
 * real sending code, and calling that module directly would make the two depend on each other.
 */
public interface TestMailSender {

    /** @throws TestMailFailedException with a message fit to show an admin, never containing the password */
    void sendTestMail(MailServerSettings server, String recipient);
}
