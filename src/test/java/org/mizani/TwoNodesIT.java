package org.mizani;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mizani.identity.internal.TestLogins;
import org.mizani.platform.Actor;
import org.mizani.platform.AuditableEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two Mizani nodes, each its own JVM, on this run's PostgreSQL: a session signed in on one is valid on
 * the other and signed out everywhere from either; a scheduled job locked with ShedLock runs once per
 * tick while an unlocked twin runs on both; an event whose node is killed before its listener finished
 * is delivered when the node starts again (the production setting, republish at start-up).
 */
@MizaniIntegrationTest
class TwoNodesIT extends IntegrationTestSupport {

	private final List<Process> nodes = new ArrayList<>();

	@AfterEach
	void stopNodes() {
		nodes.forEach(Process::destroyForcibly);
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private Process start(String name, int port, boolean republish) throws IOException {
		Process node = startNode(name, port, republish);
		nodes.add(node);
		return node;
	}

	/** A Mizani node in a JVM of its own on this run's database, with extra system properties ({@code -Dname=value}). */
	static Process startNode(String name, int port, boolean republish, String... settings) throws IOException {
		TestDatabase.Connection db = TestDatabase.get();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-D" + TestDatabase.REUSE_URL + "=" + db.url(),
				"-D" + TestDatabase.REUSE_USER + "=" + db.user(), "-D" + TestDatabase.REUSE_PASSWORD + "=" + db.password(),
				"-Dmizani.test.republish=" + republish));
		command.addAll(List.of(settings));
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), Node.class.getName(), name, String.valueOf(port)));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(Path.of("target", "two-nodes-" + name + ".log").toFile()).start();
	}

	static void awaitUp(int port, Process node) {
		HttpClient http = HttpClient.newHttpClient();
		await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).until(() -> {
			assertThat(node.isAlive()).as("the node is running; see target/two-nodes-*.log").isTrue();
			try {
				return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
			}
			catch (IOException e) {
				return false;
			}
		});
	}

	private static void command(Process node, String line) throws IOException {
		Writer in = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
		in.write(line + "\n");
		in.flush();
	}

	@Test
	void twoNodesShareSessionsRunEachLockedJobOnceAndDeliverAKilledNodesEventAfterRestart() throws Exception {
		jdbc.sql("create table if not exists two_node_tick (job varchar(20), node varchar(20), at timestamptz default clock_timestamp())")
			.update();
		jdbc.sql("delete from two_node_tick").update();
		int port1 = freePort();
		int port2 = freePort();
		Process one = start("one", port1, false);
		Process two = start("two", port2, false);
		awaitUp(port1, one);
		awaitUp(port2, two);

		sessionsAreSharedAndSignOutEverywhereReachesBothNodes(port1, port2);
		aLockedJobRunsOncePerTickOnTwoNodes();
		command(two, "stop");
		assertThat(two.waitFor(60, TimeUnit.SECONDS)).isTrue();
		anEventOfAKilledNodeIsDeliveredWhenItStartsAgain(one, port1);
	}

	private void sessionsAreSharedAndSignOutEverywhereReachesBothNodes(int port1, int port2) throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String base1 = "http://127.0.0.1:" + port1;
		String base2 = "http://127.0.0.1:" + port2;
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base1 + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String anonymous = cookie(form);
		String csrf = match(form.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
		String body = "username=" + enc("ict.officer@dodomacc.go.tz") + "&password=" + enc(TestLogins.demoPassword()) + "&_csrf="
				+ enc(csrf);
		HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(base1 + "/login"))
			.header("Cookie", "MIZANI_SESSION=" + anonymous).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String session = cookie(signIn);

		HttpResponse<String> onTwo = http.send(HttpRequest.newBuilder(URI.create(base2 + "/"))
			.header("Cookie", "MIZANI_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(onTwo.statusCode()).as("the session made on node one is valid on node two").isEqualTo(200);
		assertThat(onTwo.body()).contains("ict.officer@dodomacc.go.tz");

		// sign out on node two: node one no longer knows the session either
		String csrf2 = match(onTwo.body(), "name=\"_csrf\" value=\"([^\"]+)\"");
		HttpResponse<String> signOut = http.send(HttpRequest.newBuilder(URI.create(base2 + "/logout"))
			.header("Cookie", "MIZANI_SESSION=" + session).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf2))).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signOut.statusCode()).isEqualTo(302);
		HttpResponse<String> afterOnOne = http.send(HttpRequest.newBuilder(URI.create(base1 + "/"))
			.header("Cookie", "MIZANI_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(afterOnOne.statusCode()).isEqualTo(302);
		assertThat(afterOnOne.headers().firstValue("Location").orElse("")).contains("/login");
	}

	private void aLockedJobRunsOncePerTickOnTwoNodes() {
		// both nodes fire both jobs every second; let them run a few seconds
		await().atMost(Duration.ofSeconds(30)).until(() -> ticks("unlocked") >= 10);
		List<Long> lockedPerSecond = jdbc.sql("""
				select count(*) from two_node_tick where job = 'locked' group by date_trunc('second', at)""").query(Long.class).list();
		List<Long> unlockedPerSecond = jdbc.sql("""
				select count(*) from two_node_tick where job = 'unlocked' group by date_trunc('second', at)""").query(Long.class).list();
		assertThat(unlockedPerSecond).as("both nodes were firing").contains(2L);
		assertThat(lockedPerSecond).as("the locked job ran on one node per tick").isNotEmpty().allMatch(n -> n == 1);
		assertThat(jdbc.sql("select count(distinct node) from two_node_tick where job = 'unlocked'").query(Long.class).single())
			.isEqualTo(2);
	}

	private long ticks(String job) {
		return jdbc.sql("select count(*) from two_node_tick where job = :j").param("j", job).query(Long.class).single();
	}

	private void anEventOfAKilledNodeIsDeliveredWhenItStartsAgain(Process one, int port1) throws Exception {
		String marker = "two-nodes-" + UUID.randomUUID();
		DataSource dataSource = context.getBean(DataSource.class);
		try (Connection lock = dataSource.getConnection()) {
			// hold the audit chain's head: node one's listener waits on it, after its change has committed
			lock.setAutoCommit(false);
			lock.createStatement().execute("select last_seq from audit_chain_head where id = 1 for update");
			command(one, "publish " + marker);
			assertThat(one.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(one.exitValue()).as("node one halted with its listener in flight; see target/two-nodes-one.log")
				.isEqualTo(Node.HALTED);
			lock.rollback();
		}
		assertThat(publications(marker, false)).as("the publication survived the node").isEqualTo(1);
		Thread.sleep(1000);
		assertThat(auditEntries(marker)).as("no other node delivers it behind the dead node's back").isZero();

		Process again = start("one-again", port1, true);
		awaitUp(port1, again);
		await().atMost(Duration.ofSeconds(30)).until(() -> auditEntries(marker) == 1);
		await().atMost(Duration.ofSeconds(10)).until(() -> publications(marker, true) == 1);
		assertThat(auditEntries(marker)).isEqualTo(1);
		command(again, "stop");
		assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
	}

	private long auditEntries(String marker) {
		return jdbc.sql("select count(*) from audit_entry where entity_id = :m").param("m", marker).query(Long.class).single();
	}

	private long publications(String marker, boolean completed) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like :m and (completion_date is not null) = :c")
			.param("m", "%" + marker + "%").param("c", completed).query(Long.class).single();
	}

	private static String cookie(HttpResponse<?> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			if (header.startsWith("MIZANI_SESSION=")) {
				return header.substring("MIZANI_SESSION=".length(), header.indexOf(';'));
			}
		}
		throw new AssertionError("no session cookie in " + response.headers().map());
	}

	private static String match(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	/** A change the audit trail records, published by node one just before it is killed. */
	public record NodeChange(String entityId, Actor actor) implements AuditableEvent {

		@Override
		public String action() {
			return "test.two-nodes";
		}

		@Override
		public String entityType() {
			return "test";
		}

		@Override
		public @Nullable UUID affectedInstitution() {
			return null;
		}

		@Override
		public String summary() {
			return "An event published on a node that was then killed";
		}
	}

	/** The two jobs each node runs every second: one locked cluster-wide, its twin not. */
	public static class NodeJobs {

		private final JdbcClient jdbc;
		private final String node;

		public NodeJobs(JdbcClient jdbc, @Value("${mizani.test.node}") String node) {
			this.jdbc = jdbc;
			this.node = node;
		}

		@Scheduled(cron = "* * * * * *")
		@SchedulerLock(name = "two-nodes.tick", lockAtLeastFor = "PT0.5S", lockAtMostFor = "PT5S")
		public void locked() {
			tick("locked");
		}

		@Scheduled(cron = "* * * * * *")
		public void unlocked() {
			tick("unlocked");
		}

		private void tick(String job) {
			jdbc.sql("insert into two_node_tick (job, node) values (:j, :n)").param("j", job).param("n", node).update();
		}
	}

	/** One node: Mizani with the demo profile on the run's database, steered by lines on its standard input. */
	public static final class Node {

		static final int HALTED = 43;

		public static void main(String[] args) throws Exception {
			ConfigurableApplicationContext app = new SpringApplicationBuilder(MizaniApplication.class, NodeJobs.class)
				.profiles("demo").run("--server.port=" + args[1], "--mizani.test.node=" + args[0]);
			Scanner in = new Scanner(System.in, StandardCharsets.UTF_8);
			try {
				steer(app, in);
			}
			catch (Exception e) {
				e.printStackTrace();
				Runtime.getRuntime().halt(1);
			}
		}

		private static void steer(ConfigurableApplicationContext app, Scanner in) throws Exception {
			while (in.hasNextLine()) {
				String[] line = in.nextLine().trim().split(" ");
				if ("stop".equals(line[0])) {
					app.close();
					System.exit(0);
				}
				if ("publish".equals(line[0])) {
					JdbcClient jdbc = app.getBean(JdbcClient.class);
					app.getBean(TransactionTemplate.class).executeWithoutResult(
							s -> app.publishEvent(new NodeChange(line[1], Actor.current())));
					// committed and handed to the listener, which waits for the audit chain's head: now die
					long deadline = System.currentTimeMillis() + 30_000;
					while (System.currentTimeMillis() < deadline && jdbc.sql(
							"select count(*) from event_publication where serialized_event like :m and completion_date is null")
						.param("m", "%" + line[1] + "%").query(Long.class).single() == 0) {
						Thread.sleep(20);
					}
					Thread.sleep(500);
					Runtime.getRuntime().halt(HALTED);
				}
			}
		}
	}
}
