package org.mizani.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI mizaniOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Mizani API").version("v1")
				.description("e-Government compliance, capacity building, security and ICT project oversight. "
						+ "Authenticate with a personal API token (Account → API tokens) as 'Authorization: Bearer mzn_…'. "
						+ "Errors are RFC 9457 problem details.")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Personal API token")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
