package id.arus.identity;

/** A token just created: {@code secret} is shown to its owner once and stored only as a hash. */
public record CreatedAccessToken(AccessToken token, String secret) {
}
