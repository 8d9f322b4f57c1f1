package org.localvoice.access.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: every API call needs a personal access token. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    static final String SCHEME = "bearerToken";

    @Bean
    OpenAPI localVoiceOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Local Voice API").version("v1")
                        .description("Personal access tokens are created on the 'Your account' pages "
                                + "(/account/tokens) and sent as 'Authorization: Bearer lv_...'. "
                                + "Errors are RFC 9457 problem details.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("lv_ personal access token")))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
