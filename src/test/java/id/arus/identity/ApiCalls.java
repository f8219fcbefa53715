package id.arus.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** JSON calls to Arus's REST API over real HTTP, as the API tests of every module make them. */
public final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ApiCalls() {
    }

    /**
     * @param token    a personal access token, or null for an anonymous call
     * @param body     JSON, or null for none
     * @param language the {@code Accept-Language}, or null to send none
     */
    public static HttpResponse<String> call(int port, String method, String path, String token, String body,
                                            String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A fresh personal access token of the user, created as that user. */
    public static String tokenFor(TestUsers users, MyAccount account, String username) throws Exception {
        return users.as(username, () -> account.createToken("test", null).secret());
    }
}
