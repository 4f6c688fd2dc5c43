package org.mizani.platform;

import java.io.IOException;
import java.io.InputStream;

/**
 * Evidence and attachments, kept by the SHA-256 of their content (DESIGN.md, "Storage"): the same
 * file stored twice is kept once, and a record names its file by hash. The local implementation
 * keeps files under the data folder, outside the web root; an S3-compatible store can replace it.
 */
public interface FileStore {

	/**
	 * Reads the stream to its end and keeps its content; refuses (and keeps nothing) when it is longer
	 * than {@code maxBytes}. A file stored by a transaction that then rolls back is removed again,
	 * unless it was already there.
	 */
	StoredFile store(InputStream content, long maxBytes) throws IOException;

	InputStream open(String sha256) throws IOException;

	boolean exists(String sha256);

	/** The file kept under this hash, as stored. */
	record StoredFile(String sha256, long size, boolean created) {
	}

	/** More bytes than allowed arrived; nothing was kept. */
	class TooLargeException extends IOException {

		public TooLargeException() {
			super("file larger than allowed");
		}
	}
}
