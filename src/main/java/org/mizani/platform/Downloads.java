package org.mizani.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files sent to a user. A stored upload: always as an attachment, never sniffed, and sandboxed should a
 * browser render it anyway (OWASP File Upload Cheat Sheet), under its cleaned name and checked type.
 * An export: opened only when its first byte is written.
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<InputStreamResource> attachment(String filename, String mediaType, long size,
			InputStream content) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.contentType(MediaType.parseMediaType(mediaType))
			.contentLength(size)
			.body(new InputStreamResource(content));
	}

	/**
	 * The body of an export (XLSX, CSV) of this type and name, opened only when its first byte is
	 * written. An export checks who asks and what they ask for before it writes; when that check
	 * refuses, nothing of the download has been started, so the refusal is answered with the error
	 * page or problem in full, not with a server error on a half-begun file.
	 */
	public static OutputStream export(HttpServletResponse response, String contentType, String filename) {
		return new OutputStream() {

			private @Nullable OutputStream body;

			private OutputStream body() throws IOException {
				if (body == null) {
					response.setContentType(contentType);
					response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
					body = response.getOutputStream();
				}
				return body;
			}

			@Override
			public void write(int b) throws IOException {
				body().write(b);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				body().write(bytes, offset, length);
			}

			@Override
			public void flush() throws IOException {
				if (body != null) {
					body.flush();
				}
			}

			@Override
			public void close() throws IOException {
				body().close();
			}
		};
	}
}
