package id.arus.identity.web;

import id.arus.identity.MyAccount;
import id.arus.identity.NewUser;
import id.arus.identity.UserChanges;
import id.arus.identity.UserManagement;
import id.arus.identity.web.ApiDtos.CreatedTokenJson;
import id.arus.identity.web.ApiDtos.NewTokenJson;
import id.arus.identity.web.ApiDtos.NewUserJson;
import id.arus.identity.web.ApiDtos.TokenJson;
import id.arus.identity.web.ApiDtos.UserChangesJson;
import id.arus.identity.web.ApiDtos.UserJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users and personal access tokens over REST. Thin on purpose: authorisation and validation live in
 * {@link UserManagement} and {@link MyAccount}, the same code the screens use.
 */
@RestController
@RequestMapping("/api/v1")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class IdentityApi {

    private final UserManagement management;
    private final MyAccount account;

    IdentityApi(UserManagement management, MyAccount account) {
        this.management = management;
        this.account = account;
    }

    @GetMapping("/me")
    @Tag(name = "me")
    @Operation(summary = "The token's owner, with their current roles")
    UserJson me() {
        return UserJson.of(account.profile());
    }

    @GetMapping("/users")
    @Tag(name = "users")
    @Operation(summary = "All users (ADMIN)")
    List<UserJson> users() {
        return management.findAll().stream().map(UserJson::of).toList();
    }

    @PostMapping("/users")
    @Tag(name = "users")
    @Operation(summary = "Create a user (ADMIN)")
    ResponseEntity<UserJson> create(@RequestBody NewUserJson body) {
        var created = management.create(new NewUser(body.username(), body.fullName(), body.email(), body.phone(),
                body.language(), body.roles(), body.initialPassword()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(UserJson.of(created));
    }

    @GetMapping("/users/{username}")
    @Tag(name = "users")
    @Operation(summary = "One user (ADMIN)")
    UserJson user(@PathVariable String username) {
        return UserJson.of(management.get(username));
    }

    @PatchMapping("/users/{username}")
    @Tag(name = "users")
    @Operation(summary = "Change a user (ADMIN): profile fields, roles, active")
    UserJson update(@PathVariable String username, @RequestBody UserChangesJson body) {
        return UserJson.of(management.update(username, new UserChanges(body.fullName(), body.email(), body.phone(),
                body.language(), body.roles(), body.active())));
    }

    @GetMapping("/tokens")
    @Tag(name = "tokens")
    @Operation(summary = "The caller's personal access tokens (never their secrets)")
    List<TokenJson> tokens() {
        return account.tokens().stream().map(TokenJson::of).toList();
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Tag(name = "tokens")
    @Operation(summary = "Create a token for the caller; the secret is in this response only")
    CreatedTokenJson createToken(@RequestBody NewTokenJson body) {
        var created = account.createToken(body.name(), body.expiresAt());
        return new CreatedTokenJson(TokenJson.of(created.token()), created.secret());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Tag(name = "tokens")
    @Operation(summary = "Revoke one of the caller's tokens")
    void revoke(@PathVariable long id) {
        account.revokeToken(id);
    }
}
