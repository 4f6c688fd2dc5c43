package org.mizani.platform.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.mizani.platform.BusinessRuleException;
import org.mizani.platform.MalwareScanner;
import org.mizani.platform.SecurityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;

/**
 * Scans uploads with a ClamAV daemon over its TCP protocol ({@code INSTREAM}: the content in chunks,
 * the answer {@code stream: OK} or {@code stream: <name> FOUND}). Fails closed: when clamd cannot
 * be reached or answers with an error, the upload is refused as not checkable now, never kept
 * unscanned. Counts its outcomes ({@code mizani.uploads.scanned}) and reports clamd's health.
 */
final class ClamdScanner implements MalwareScanner {

	private static final Logger LOG = LoggerFactory.getLogger(ClamdScanner.class);
	private static final int CHUNK = 64 * 1024;
	private static final int MAX_ANSWER = 4096;

	private final InetSocketAddress address;
	private final int timeoutMillis;
	private final MeterRegistry meters;

	ClamdScanner(String host, int port, Duration timeout, MeterRegistry meters) {
		this.address = InetSocketAddress.createUnresolved(host, port);
		this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
		this.meters = meters;
	}

	@Override
	public void scan(byte[] content) {
		String answer;
		try {
			answer = ask("zINSTREAM", content);
		}
		catch (IOException e) {
			throw unavailable(e.toString());
		}
		if (answer.endsWith(" FOUND")) {
			String signature = answer.substring(answer.indexOf(':') + 1, answer.length() - " FOUND".length()).strip();
			SecurityLog.malwareRefused(signature);
			counted("infected");
			throw BusinessRuleException.onField("file", "file.infected", signature);
		}
		if (!answer.endsWith(": OK")) {
			throw unavailable(answer);
		}
		counted("clean");
	}

	/** The upload cannot be checked now, so it is not kept. */
	private BusinessRuleException unavailable(String why) {
		LOG.error("ClamAV at {} could not scan an upload: {}", address, why);
		counted("unavailable");
		return BusinessRuleException.onField("file", "file.scan-unavailable");
	}

	/** Whether clamd answers a ping. */
	Health health() {
		try {
			String answer = ask("zPING", null);
			return "PONG".equals(answer) ? Health.up().withDetail("clamd", address.toString()).build()
					: Health.down().withDetail("clamd", address.toString()).withDetail("answer", answer).build();
		}
		catch (IOException e) {
			return Health.down().withDetail("clamd", address.toString()).withDetail("error", e.getClass().getSimpleName()).build();
		}
	}

	/** Sends one command (and, for INSTREAM, the content) on a new connection and reads clamd's answer. */
	private String ask(String command, byte[] content) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address.getHostString(), address.getPort()), timeoutMillis);
			socket.setSoTimeout(timeoutMillis);
			OutputStream out = socket.getOutputStream();
			out.write((command + "\0").getBytes(StandardCharsets.US_ASCII));
			if (content != null) {
				for (int offset = 0; offset < content.length; offset += CHUNK) {
					int length = Math.min(CHUNK, content.length - offset);
					out.write(ByteBuffer.allocate(4).putInt(length).array());
					out.write(content, offset, length);
				}
				out.write(new byte[4]);
			}
			out.flush();
			return answer(socket.getInputStream());
		}
	}

	private static String answer(InputStream in) throws IOException {
		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		for (int b = in.read(); b > 0 && answer.size() < MAX_ANSWER; b = in.read()) {
			answer.write(b);
		}
		if (answer.size() == 0) {
			throw new IOException("clamd closed the connection without an answer");
		}
		return answer.toString(StandardCharsets.US_ASCII).strip();
	}

	private void counted(String result) {
		meters.counter("mizani.uploads.scanned", "result", result).increment();
	}
}
