package org.mizani;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real ClamAV daemon for the tests (Debian's {@code clamav-daemon}, which {@code .ci/run} installs), on
 * a loopback port, with a signature database of its own: the EICAR anti-virus test file (a public
 * standard: harmless, but every scanner reports it). The official signatures are not used, since they
 * are downloaded from ClamAV's servers, which this build cannot reach.
 */
public final class Clamd implements AutoCloseable {

	/** The EICAR standard anti-virus test file. */
	public static final byte[] EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
		.getBytes(StandardCharsets.US_ASCII);
	/** The name the test database gives it (clamd adds {@code .UNOFFICIAL} to signatures of its own databases). */
	public static final String SIGNATURE = "Mizani.Test.EICAR";

	private final Path folder;
	private final int port;
	private Process process;

	private Clamd(Path folder, int port) {
		this.folder = folder;
		this.port = port;
	}

	/** Where the daemon is installed, if it is. */
	public static Optional<Path> executable() {
		return Stream.of("/usr/sbin/clamd", "/usr/bin/clamd", "/usr/local/sbin/clamd").map(Path::of).filter(Files::isExecutable)
			.findFirst();
	}

	/** Starts clamd with the test signatures on a free loopback port and waits until it answers. */
	public static Clamd start() throws IOException {
		Path folder = Files.createTempDirectory("mizani-clamd-");
		Path signatures = Files.createDirectories(folder.resolve("db"));
		Files.writeString(signatures.resolve("mizani-test.hdb"), md5(EICAR) + ":" + EICAR.length + ":" + SIGNATURE + "\n");
		Clamd clamd = new Clamd(folder, TwoNodesIT.freePort());
		Files.writeString(folder.resolve("clamd.conf"), String.join("\n", "Foreground yes", "TCPAddr 127.0.0.1",
				"TCPSocket " + clamd.port, "DatabaseDirectory " + signatures, "TemporaryDirectory " + folder,
				"PidFile " + folder.resolve("clamd.pid"), "StreamMaxLength 30M", ""));
		clamd.run();
		return clamd;
	}

	public int port() {
		return port;
	}

	/** Starts it again after {@link #stop()}, on the same port. */
	public void run() throws IOException {
		process = new ProcessBuilder(executable().orElseThrow().toString(), "-c", folder.resolve("clamd.conf").toString())
			.redirectErrorStream(true).redirectOutput(folder.resolve("clamd.log").toFile()).start();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (!answers()) {
			if (!process.isAlive() || Instant.now().isAfter(deadline)) {
				throw new IOException("clamd did not start: " + Files.readString(folder.resolve("clamd.log")));
			}
			sleep(100);
		}
	}

	/** Stops it, as when the scanner is down. */
	public void stop() {
		if (process != null) {
			process.destroy();
			try {
				process.waitFor();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			process = null;
		}
	}

	@Override
	public void close() throws IOException {
		stop();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private boolean answers() {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(2000);
			socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readNBytes(4), StandardCharsets.US_ASCII).equals("PONG");
		}
		catch (IOException e) {
			return false;
		}
	}

	private static String md5(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
