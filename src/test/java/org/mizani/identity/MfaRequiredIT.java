package org.mizani.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.ProductionLikeTest;
import org.mizani.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizani.identity.internal.TestLogins.createUser;

/** Outside the demo a second factor is required of everyone: no page opens before it is set up. */
@ProductionLikeTest
class MfaRequiredIT extends IntegrationTestSupport {

	@Test
	void authorityStaffMustSetUpASecondFactorBeforeAnythingElse() throws Exception {
		String email = "analyst-" + UUID.randomUUID().toString().substring(0, 8) + "@ega.go.tz";
		createUser(context, email, Role.SECURITY_ANALYST, null, "jua kali la mchana");
		WebSession browser = new WebSession(mvc);
		assertThat(browser.signIn(email, "jua kali la mchana").getRedirectedUrl()).isEqualTo("/account/mfa/enrol");
		assertThat(browser.get("/institutions").getRedirectedUrl()).isEqualTo("/account/mfa/enrol");
		assertThat(browser.get("/api/v1/me").getStatus()).isEqualTo(401);
		String page = browser.get("/account/mfa/enrol").getContentAsString();
		assertThat(page).contains("Your role requires two-step verification");
	}

	@Test
	void institutionStaffMustSetItUpToo() throws Exception {
		String email = "officer-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
		createUser(context, email, Role.ICT_OFFICER, "MOF", "jua kali la mchana");
		WebSession browser = new WebSession(mvc);
		assertThat(browser.signIn(email, "jua kali la mchana").getRedirectedUrl()).isEqualTo("/account/mfa/enrol");
		assertThat(browser.get("/assessments").getRedirectedUrl()).isEqualTo("/account/mfa/enrol");
		assertThat(browser.get("/account/mfa/enrol").getContentAsString()).contains("Your role requires two-step verification");
	}
}
