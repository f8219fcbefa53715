package id.arus.identity;

/**
 * What a customer types to create their portal account. {@code passwordRepeat} must equal {@code password};
 * {@code language} may be null (Indonesian).
 */
public record CustomerSignUp(String username, String fullName, String email, String phone, String password,
                             String passwordRepeat, String language) {

    @Override
    public String toString() {
        // never print the passwords, e.g. in a log line about a failed sign-up
        return "CustomerSignUp[username=" + username + ", email=" + email + "]";
    }
}
