package id.arus.notification.internal;

import id.arus.notification.MailFailedException;
import id.arus.notification.Mailer;
import id.arus.notification.OutgoingMail;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

@Service
class SmtpMailer implements Mailer {

    private final JavaMailSender sender;

    SmtpMailer(JavaMailSender sender) {
        this.sender = sender;
    }

    @Override
    public void send(OutgoingMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(mail.to());
        message.setFrom("Arus <no-reply@arus.local>");
        message.setSubject(mail.subject());
        message.setText(mail.textBody());
        try {
            sender.send(message);
        } catch (MailException e) {
            throw new MailFailedException("Mail to " + mail.to() + " failed: " + e.getMessage(), e);
        }
    }
}
