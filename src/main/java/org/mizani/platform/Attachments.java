package org.mizani.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;

/**
 * Which uploaded files Mizani keeps as evidence or attachments, decided from their content and never
 * from their name or the browser's claim (OWASP File Upload Cheat Sheet: validate the file type by
 * its content, rename, store outside the web root, serve as a download). Office documents are ZIP
 * containers: their part names tell a document from a spreadsheet or a presentation, and a ZIP that
 * is none of those is refused, so an archive cannot pass for a document.
 */
public final class Attachments {

	/** Detected media type → the file extension it is served with. */
	static final Map<String, String> ALLOWED = Map.ofEntries(Map.entry("application/pdf", "pdf"),
			Map.entry("image/png", "png"), Map.entry("image/jpeg", "jpg"), Map.entry("text/plain", "txt"),
			Map.entry("text/csv", "csv"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
			Map.entry(TabularFile.XLSX, "xlsx"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
			Map.entry("application/vnd.oasis.opendocument.text", "odt"),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"));

	private static final Tika TIKA = new Tika();
	private static final int MAX_ZIP_ENTRIES_READ = 2_000;
	/**
	 * What the parts of an Office or OpenDocument file may add up to once unpacked, as their own
	 * directory declares it: real documents stay far below, a zip bomb is far above.
	 */
	static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
	/** The "type" of an archive that would unpack to more than {@link #MAX_UNPACKED_BYTES}. */
	private static final String ARCHIVE_BOMB = "application/x-archive-too-large";

	private Attachments() {
	}

	/** The kind of a file judged by its first bytes (and, for ZIP containers, the names of their parts). */
	public static String detect(byte[] content) {
		String type = TIKA.detect(content);
		if (type.equals("application/zip") || type.equals("application/x-tika-ooxml")
				|| type.equals("application/x-tika-msoffice")) {
			return officeType(content);
		}
		if (type.equals("text/plain") && looksLikeMarkup(content)) {
			return "text/html";
		}
		return type;
	}

	/**
	 * Checks an upload: not empty, within the limit, of an allowed kind. Returns the detected media
	 * type; refusals carry message codes under {@code file.}.
	 */
	public static String check(byte[] content, long maxBytes) {
		if (content.length == 0) {
			throw BusinessRuleException.onField("file", "file.empty");
		}
		if (content.length > maxBytes) {
			throw BusinessRuleException.onField("file", "file.too-large", maxBytes / (1024 * 1024));
		}
		String type = detect(content);
		if (ARCHIVE_BOMB.equals(type)) {
			throw BusinessRuleException.onField("file", "file.unpacks-too-large", MAX_UNPACKED_BYTES / (1024 * 1024));
		}
		if (!ALLOWED.containsKey(type)) {
			throw BusinessRuleException.onField("file", "file.type-not-allowed", type);
		}
		return type;
	}

	/** A name safe to show and to offer as a download: no folders, no control characters, not too long. */
	public static String safeName(String original, String mediaType) {
		String name = original == null ? "" : original;
		name = name.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		// control and format characters (the right-to-left override that shows "evil‮fdp.exe" as "evilexe.pdf") go too
		name = name.replaceAll("[\\p{Cntrl}\\p{Cf}\"<>:|?*]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		String extension = ALLOWED.getOrDefault(mediaType, "bin");
		if (name.isBlank()) {
			name = "file";
		}
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		if (base.length() > 150) {
			base = base.substring(0, 150);
		}
		return base + "." + extension;
	}

	/**
	 * Reads the part names from the ZIP's central directory (through {@link ZipFile}), which inflates
	 * nothing: a zip bomb costs no more to look at than its own size.
	 */
	private static String officeType(byte[] content) {
		Path temporary = null;
		try {
			temporary = Files.createTempFile("mizani-upload-", ".zip");
			Files.write(temporary, content);
			boolean word = false;
			boolean sheet = false;
			boolean slides = false;
			boolean contentTypes = false;
			String openDocument = null;
			try (ZipFile zip = new ZipFile(temporary.toFile())) {
				if (zip.size() > MAX_ZIP_ENTRIES_READ) {
					return "application/zip";
				}
				Enumeration<? extends ZipEntry> entries = zip.entries();
				long unpacked = 0;
				while (entries.hasMoreElements()) {
					ZipEntry entry = entries.nextElement();
					String name = entry.getName();
					unpacked += entry.getSize() < 0 ? MAX_UNPACKED_BYTES : entry.getSize();
					if (unpacked > MAX_UNPACKED_BYTES) {
						return ARCHIVE_BOMB;
					}
					contentTypes |= name.equals("[Content_Types].xml");
					word |= name.startsWith("word/");
					sheet |= name.startsWith("xl/");
					slides |= name.startsWith("ppt/");
				}
				ZipEntry mimetype = zip.getEntry("mimetype");
				if (mimetype != null && mimetype.getSize() >= 0 && mimetype.getSize() < 100) {
					try (InputStream in = zip.getInputStream(mimetype)) {
						openDocument = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
					}
				}
			}
			if (openDocument != null && openDocument.startsWith("application/vnd.oasis.opendocument.")) {
				return openDocument;
			}
			if (!contentTypes) {
				return "application/zip";
			}
			if (word && !sheet && !slides) {
				return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
			}
			if (sheet && !word && !slides) {
				return TabularFile.XLSX;
			}
			if (slides && !word && !sheet) {
				return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
			}
			return "application/zip";
		}
		catch (IOException | RuntimeException e) {
			return "application/octet-stream";
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ignored) {
					// a temporary file left in the system's temp folder is removed by the system
				}
			}
		}
	}

	private static boolean looksLikeMarkup(byte[] content) {
		String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1)
			.toLowerCase(java.util.Locale.ROOT);
		return head.contains("<script") || head.contains("<html") || head.contains("<svg") || head.contains("<iframe")
				|| head.contains("<!doctype");
	}

	/** An upload that passed the checks and is kept in the file store. */
	public record Accepted(String sha256, String filename, String mediaType, long size) {
	}

	/**
	 * Reads, checks, scans for malware and keeps an upload: the one path by which every module accepts
	 * a file.
	 */
	public static Accepted accept(FileStore store, MalwareScanner scanner, String filename, InputStream content, long maxBytes)
			throws IOException {
		byte[] bytes = readLimited(content, maxBytes);
		String type = check(bytes, maxBytes);
		scanner.scan(bytes);
		FileStore.StoredFile stored = store.store(new java.io.ByteArrayInputStream(bytes), maxBytes);
		return new Accepted(stored.sha256(), safeName(filename, type), type, stored.size());
	}

	/** Reads at most {@code maxBytes + 1} bytes, so that an over-long stream is noticed without reading it all. */
	public static byte[] readLimited(InputStream in, long maxBytes) throws IOException {
		return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
	}
}
