package id.arus.platform.internal;

import id.arus.platform.SecretCipher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Where the secret key comes from. Production passes {@code ARUS_SECRET_KEY} (32 random bytes,
 * base64). The embedded run has no environment to speak of, so it generates a key once and keeps it
 * beside the embedded database in {@code ./data/secret.key}; losing that file makes the stored
 * secrets unreadable, exactly as losing the production key would.
 */
@Configuration(proxyBeanMethods = false)
class SecretKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretKeyConfiguration.class);

    @Bean
    SecretCipher secretCipher(@Value("${arus.secret-key:}") String configuredKey,
                              @Value("${arus.secret-key-file:}") String keyFile) throws IOException {
        return new AesGcmSecretCipher(resolveKey(configuredKey, keyFile));
    }

    static SecretKey resolveKey(String configuredKey, String keyFile) throws IOException {
        if (StringUtils.hasText(configuredKey)) {
            return decode(configuredKey.trim(), "ARUS_SECRET_KEY");
        }
        if (!StringUtils.hasText(keyFile)) {
            throw new IllegalStateException(
                    "ARUS_SECRET_KEY is not set. Generate one with `openssl rand -base64 32` and pass it in the environment.");
        }
        Path path = Path.of(keyFile);
        if (Files.exists(path)) {
            return decode(Files.readString(path).trim(), path.toString());
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(path.toAbsolutePath().getParent());
        Files.writeString(path, Base64.getEncoder().encodeToString(fresh));
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system; the file stays with default permissions
        }
        log.info("Generated a new secret key in {} (embedded mode only)", path.toAbsolutePath());
        return new SecretKeySpec(fresh, "AES");
    }

    private static SecretKey decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(source + " must be 32 bytes (base64 of 32 random bytes), got " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
