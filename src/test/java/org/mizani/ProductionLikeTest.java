package org.mizani;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * The application as in production where it matters for sign-in and mail: everyone must use a
 * second factor (production's default), and mail goes to a real SMTP server (GreenMail on port
 * 3025, started by the test).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MizaniIntegrationTest
@TestPropertySource(properties = { "mizani.mail.mode=smtp", "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"mizani.security.mfa-required-for-authority=true", "mizani.security.mfa-required-for-institutions=true",
		"mizani.mail.from=mizani@ega.go.tz" })
public @interface ProductionLikeTest {
}
