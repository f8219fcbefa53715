package id.arus.sim.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo's mail server: an SMTP server on 127.0.0.1 (port {@code arus.sim.mail.port}, default 2525, which
 * the demo profile makes Arus's initial mail server) that accepts every mail. Without it every welcome,
 * suspension or password-reset mail of the demo would fail, be retried and end as an incident. Each mail
 * received is written as an {@code .eml} file under {@code ./data/demo-mail/} (any mail program opens it)
 * and named in the log, so a newcomer sees what customers and staff would receive.
 */
@Component
@Profile("demo")
public class DemoMailbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoMailbox.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final GreenMail server;
    private final Path folder;
    private final ScheduledExecutorService collector = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "demo-mailbox");
        thread.setDaemon(true);
        return thread;
    });
    private int saved;

    public DemoMailbox(Environment environment) {
        int port = environment.getProperty("arus.sim.mail.port", Integer.class, 2525);
        folder = Path.of(environment.getProperty("arus.sim.mail.folder", "data/demo-mail"));
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            server.start();
            log.info("Demo mailbox listening on 127.0.0.1:{}; mails are saved in {}", port, folder.toAbsolutePath());
            collector.scheduleWithFixedDelay(this::saveNewMail, 2, 2, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            // a second demo on this machine: its mails go to the first one's mailbox on the same port
            log.warn("Demo mailbox not started: port {} is taken ({})", port, e.getMessage());
        }
    }

    private synchronized void saveNewMail() {
        MimeMessage[] received = server.getReceivedMessages();
        for (; saved < received.length; saved++) {
            MimeMessage mail = received[saved];
            try {
                Files.createDirectories(folder);
                Path file = folder.resolve(LocalDateTime.now().format(FILE_TIME) + "-" + (saved + 1) + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    mail.writeTo(out);
                }
                log.info("Demo mailbox: \"{}\" to {} ({})", mail.getSubject(), recipients(mail), file.getFileName());
            } catch (IOException | MessagingException e) {
                log.warn("Demo mailbox could not save a mail: {}", e.getMessage());
            }
        }
    }

    private static String recipients(MimeMessage mail) throws MessagingException {
        Address[] to = mail.getAllRecipients();
        return to == null ? "-" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
    }

    @Override
    public void destroy() {
        collector.shutdownNow();
        server.stop();
    }
}
