package id.arus.identity.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The API's description: one bearer scheme, the personal access tokens users create on their profile. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Arus API", version = "v1",
        description = "Errors are RFC 9457 problem details (application/problem+json)."))
@SecurityScheme(name = OpenApiConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal access token (arus_...) from your profile page")
class OpenApiConfiguration {

    static final String BEARER = "bearer";
}
