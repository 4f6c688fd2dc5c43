package org.mizani.identity;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mizani.IntegrationTestSupport;
import org.mizani.ProductionLikeTest;
import org.mizani.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mizani.identity.internal.TestLogins.as;
import static org.mizani.identity.internal.TestLogins.createUser;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Password reset, invitation and lock notices travel through a real SMTP server, in the user's language. */
@ProductionLikeTest
class MailIT extends IntegrationTestSupport {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private MimeMessage mailTo(String email) {
		await().atMost(Duration.ofSeconds(10)).until(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
			.anyMatch(m -> recipient(m).equalsIgnoreCase(email)));
		return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equalsIgnoreCase(email))
			.reduce((a, b) -> b).orElseThrow();
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception e) {
			return "";
		}
	}

	/** The token of the link in the mail: after "#", so that it is never sent to a server or written in a log. */
	private static String link(MimeMessage message) {
		Matcher m = Pattern.compile("http://localhost:8080/password/reset#([A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(message));
		assertThat(m.find()).as("mail contains a reset link").isTrue();
		return m.group(1);
	}

	/** What the link's page does in a browser: its script posts the token, which the session then holds. */
	private static MockHttpServletResponse open(WebSession browser, String token) throws Exception {
		assertThat(browser.get("/password/reset").getContentAsString()).contains("id=\"password-link\"");
		return browser.post("/password/reset/open", "token", token);
	}

	@Test
	void aForgottenPasswordIsResetThroughASingleUseLinkSentInTheUsersLanguage() throws Exception {
		String email = "reset-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
		UUID id = createUser(context, email, Role.VIEWER, "MOF", "chai ya tangawizi moto");
		jdbc.sql("update app_user set preferred_language = 'sw' where id = :id").param("id", id).update();
		WebSession browser = new WebSession(mvc);
		assertThat(browser.post("/password/forgot", "email", email).getRedirectedUrl()).isEqualTo("/login");
		MimeMessage mail = mailTo(email);
		assertThat(mail.getSubject()).isEqualTo("Mizani: weka nenosiri jipya");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("mizani@ega.go.tz");
		String link = link(mail);

		assertThat(open(browser, link).getRedirectedUrl()).isEqualTo("/password/reset");
		assertThat(browser.get("/password/reset").getContentAsString()).as("the token is in no page").doesNotContain(link)
			.contains("newPassword");
		assertThat(browser.post("/password/reset", "newPassword", "short", "confirmPassword", "short").getContentAsString())
			.contains("at least 12 characters");
		assertThat(browser.post("/password/reset", "newPassword", "ndizi mbivu za kilimanjaro", "confirmPassword",
				"ndizi mbivu za kilimanjaro").getRedirectedUrl()).isEqualTo("/login");
		assertThat(new WebSession(mvc).signIn(email, "ndizi mbivu za kilimanjaro").getRedirectedUrl())
			.as("signed in, asked to set up the second factor").isEqualTo("/account/mfa/enrol");
		assertThat(open(new WebSession(mvc), link).getContentAsString()).as("the link works once").contains("This link is not valid");
		assertThat(new WebSession(mvc).get("/password/reset?token=" + link).getContentAsString())
			.as("nor in the older form of link").contains("This link is not valid");
	}

	@Test
	void anExpiredLinkIsRefused() throws Exception {
		String email = "expired-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
		createUser(context, email, Role.VIEWER, "MOF", "chai ya tangawizi moto");
		WebSession browser = new WebSession(mvc);
		browser.post("/password/forgot", "email", email);
		String link = link(mailTo(email));
		jdbc.sql("update account_link set expires_at = now() - interval '1 second' where user_id = (select id from app_user where email = :e)")
			.param("e", email).update();
		assertThat(open(browser, link).getContentAsString()).contains("This link is not valid");
		assertThat(browser.post("/password/reset", "token", link, "newPassword",
				"ndizi mbivu za kilimanjaro", "confirmPassword", "ndizi mbivu za kilimanjaro").getContentAsString())
			.contains("This link is not valid");
		assertThat(new WebSession(mvc).signIn(email, "chai ya tangawizi moto").getRedirectedUrl()).as("signed in, asked to set up the second factor").isEqualTo("/account/mfa/enrol");
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		int before = smtp.getReceivedMessages().length;
		assertThat(new WebSession(mvc).post("/password/forgot", "email", "nobody@nowhere.tz").getRedirectedUrl()).isEqualTo("/login");
		Thread.sleep(500);
		assertThat(smtp.getReceivedMessages()).hasSize(before);
	}

	@Test
	void anInvitedUserChoosesTheirFirstPasswordFromTheInvitation() throws Exception {
		String email = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@tra.go.tz";
		UUID tra = jdbc.sql("select id from institution where acronym = 'TRA'").query(UUID.class).single();
		mvc.perform(post("/admin/users").with(csrf()).with(as(context, "admin@ega.go.tz"))
			.param("fullName", "Asha Juma").param("email", email).param("institutionId", tra.toString())
			.param("roles", "ICT_OFFICER").param("preferredLanguage", "EN"));
		MimeMessage mail = mailTo(email);
		assertThat(mail.getSubject()).isEqualTo("Mizani: your account is ready");
		String link = link(mail);
		WebSession browser = new WebSession(mvc);
		assertThat(browser.signIn(email, "anything at all here").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(browser.get("/password/reset?token=" + link).getRedirectedUrl()).as("a link of the older form is taken once too")
			.isEqualTo("/password/reset");
		assertThat(browser.post("/password/reset", "newPassword", "mvua ya vuli imechelewa", "confirmPassword",
				"mvua ya vuli imechelewa").getRedirectedUrl()).isEqualTo("/login");
		assertThat(browser.signIn(email, "mvua ya vuli imechelewa").getRedirectedUrl()).as("signed in, asked to set up the second factor").isEqualTo("/account/mfa/enrol");
	}

	@Test
	void aLockedAccountsOwnerIsToldByMail() throws Exception {
		String email = "locked-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz";
		createUser(context, email, Role.VIEWER, "MOF", "maembe matamu ya pwani");
		WebSession browser = new WebSession(mvc);
		for (int i = 0; i < 10; i++) {
			browser.signIn(email, "guess number " + i);
		}
		assertThat(mailTo(email).getSubject()).isEqualTo("Mizani: your account was locked");
	}
}
