package id.arus.platform;

/**
 * Encrypts secrets that Arus must be able to read back (router passwords, gateway keys, the SMTP
 * password) before they are stored. The key comes from the environment ({@code ARUS_SECRET_KEY}),
 * never from the database, so a copy of the database alone reveals nothing.
 */
public interface SecretCipher {

    /** Returns a self-describing ciphertext ({@code v1:<base64>}) of the given plain text. */
    String encrypt(String plainText);

    /** Reverses {@link #encrypt}; fails with {@link IllegalStateException} on a wrong key or tampered value. */
    String decrypt(String cipherText);
}
