package org.mizani.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.mizani.platform.FileStore;
import org.mizani.platform.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files under {@code <data-dir>/files/ab/cd/<sha256>}. A file is written to a temporary name beside
 * its final place and moved there only when complete, so an interrupted upload leaves no half file
 * under a hash.
 */
@Component
class LocalFileStore implements FileStore {

	private final Path root;

	LocalFileStore(@Value("${mizani.files.dir:${mizani.data-dir}/files}") String root) {
		this.root = Path.of(root).toAbsolutePath().normalize();
	}

	@Override
	public StoredFile store(InputStream content, long maxBytes) throws IOException {
		Files.createDirectories(root.resolve("tmp"));
		Path temporary = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
		try {
			MessageDigest digest = sha256();
			long size = 0;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), digest)) {
				byte[] buffer = new byte[64 * 1024];
				int n;
				while ((n = content.read(buffer)) > 0) {
					size += n;
					if (size > maxBytes) {
						throw new TooLargeException();
					}
					out.write(buffer, 0, n);
				}
			}
			String hash = HexFormat.of().formatHex(digest.digest());
			Path target = path(hash);
			if (Files.exists(target)) {
				return new StoredFile(hash, size, false);
			}
			Files.createDirectories(target.getParent());
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target);
			}
			catch (FileAlreadyExistsException e) {
				return new StoredFile(hash, size, false);
			}
			removeOnRollback(target);
			return new StoredFile(hash, size, true);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		Path file = path(sha256);
		if (!Files.isRegularFile(file)) {
			throw new NotFoundException("file");
		}
		return Files.newInputStream(file);
	}

	@Override
	public boolean exists(String sha256) {
		return Files.isRegularFile(path(sha256));
	}

	private Path path(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new NotFoundException("file");
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static void removeOnRollback(Path file) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						try {
							Files.deleteIfExists(file);
						}
						catch (IOException ignored) {
							// an unreferenced file wastes space only; it never shows up anywhere
						}
					}
				}
			});
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
