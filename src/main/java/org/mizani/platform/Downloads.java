package org.mizani.platform;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored upload sent back to a user: always as an attachment, never sniffed, and sandboxed should a
 * browser render it anyway (OWASP File Upload Cheat Sheet), under its cleaned name and checked type.
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
}
