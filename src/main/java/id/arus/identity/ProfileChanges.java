package id.arus.identity;

/** What a user may change about themselves. Null fields stay as they are. */
public record ProfileChanges(String fullName, String email, String phone, String language) {
}
