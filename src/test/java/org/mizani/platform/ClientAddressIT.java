package org.mizani.platform;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mizani.IntegrationTestSupport;
import org.mizani.MizaniIntegrationTest;
import org.mizani.identity.Role;
import org.mizani.identity.internal.TestLogins;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The client address in the audit trail comes from {@code X-Forwarded-For} only when the request came
 * from a trusted proxy (this host's 127.0.0.1 by default, {@code MIZANI_TRUSTED_PROXIES} in a deployment):
 * anyone else who sends the header has their own address recorded. Over real HTTP from two loopback
 * addresses: 127.0.0.1 (trusted) and 127.0.0.2 — a private address that Tomcat's own default would
 * have trusted, as it trusts every private network.
 */
@MizaniIntegrationTest
class ClientAddressIT extends IntegrationTestSupport {

	@LocalServerPort
	int port;

	@Test
	void forwardedAddressesAreBelievedFromTheTrustedProxyOnly() throws Exception {
		assertThat(recordedAddress("127.0.0.1", "203.0.113.7")).as("through the trusted proxy").isEqualTo("203.0.113.7");
		assertThat(recordedAddress("127.0.0.2", "203.0.113.8")).as("a client on the private network sending the header itself")
			.isEqualTo("127.0.0.2");
	}

	/** An audited change made over real HTTP from the given local address with a forged header: the address recorded. */
	private String recordedAddress(String from, String forwardedFor) throws Exception {
		UUID user = TestLogins.createUser(context, "forwarded-" + UUID.randomUUID().toString().substring(0, 8) + "@mof.go.tz",
				Role.VIEWER, "MOF", "mawingu meupe angani");
		String request = "POST /api/v1/users/" + user + "/sign-out-everywhere HTTP/1.1\r\nHost: localhost:" + port
				+ "\r\nAuthorization: Bearer " + TestLogins.sharedToken(context, "admin@ega.go.tz") + "\r\nX-Forwarded-For: "
				+ forwardedFor + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
		try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(answer).as(answer).startsWith("HTTP/1.1 20");
		}
		await().until(() -> jdbc.sql("select count(*) from audit_entry where entity_id = :u and action = 'user.signed-out-everywhere'")
			.param("u", user.toString()).query(Long.class).single() == 1);
		return jdbc.sql("select client_address from audit_entry where entity_id = :u and action = 'user.signed-out-everywhere'")
			.param("u", user.toString()).query(String.class).single();
	}
}
