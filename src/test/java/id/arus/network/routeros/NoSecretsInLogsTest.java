package id.arus.network.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Whatever goes wrong, neither a log line nor an exception message shows a router password. */
class NoSecretsInLogsTest {

    private static final String PASSWORD = "Sup3r-Rahasia!";

    @Test
    void noPasswordInLogsOrExceptionsAcrossFailures() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("id.arus.network.routeros");
        Level before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        List<String> texts = new ArrayList<>();
        try (ScriptedRouter router = ScriptedRouter.start("admin", PASSWORD)) {
            router.script = (peer, s) -> {
                if (s.type().equals("/die")) {
                    peer.send("!fatal", "bye");
                    peer.close();
                } else if (s.type().equals("/trap")) {
                    peer.send(ScriptedRouter.reply("!trap", s.tag(), "=message=bad"));
                    peer.send(ScriptedRouter.reply("!done", s.tag()));
                }
            };
            RouterOsConfig config = router.config().withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200))
                    .withRetry(1, Duration.ofMillis(10), Duration.ofMillis(10));
            texts.add(config.toString());
            try (RouterOsClient client = new RouterOsClient(config)) {
                Command secret = Command.of("/ppp/secret/add").with("password", PASSWORD);
                texts.add(secret.toString());
                texts.add(new Sentence(secret.words()).toString());
                for (String path : new String[] {"/trap", "/slow", "/die"}) {
                    Throwable error = org.assertj.core.api.Assertions.catchThrowable(
                            () -> client.execute(Command.of(path).with("password", PASSWORD)));
                    assertThat(error).isInstanceOf(RouterOsException.class);
                    texts.add(error.toString());
                }
                router.login = ScriptedRouter.Login.REFUSE;
                Thread.sleep(100);
                assertThatThrownBy(() -> client.execute(Command.of("/x")))
                        .isInstanceOfSatisfying(LoginRefusedException.class, e -> texts.add(e.toString()));
            }
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }
        for (ILoggingEvent event : appender.list) {
            texts.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                texts.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }

        assertThat(appender.list).isNotEmpty();
        assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(PASSWORD));
    }
}
