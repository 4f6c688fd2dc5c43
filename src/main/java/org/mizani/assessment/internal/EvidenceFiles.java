package org.mizani.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.mizani.assessment.EvidenceFileView;
import org.mizani.platform.Attachments;
import org.mizani.platform.FileStore;
import org.mizani.platform.MalwareScanner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps an uploaded evidence file for an institution: checked by content (`Attachments`), stored once
 * by its SHA-256, and recorded once per institution however often it is uploaded or reused.
 */
@Component
class EvidenceFiles {

	private final Assessments assessments;
	private final FileStore files;
	private final MalwareScanner scanner;
	private final long maxBytes;

	EvidenceFiles(Assessments assessments, FileStore files, MalwareScanner scanner,
			@Value("${mizani.assessment.evidence.max-bytes:20971520}") long maxBytes) {
		this.assessments = assessments;
		this.files = files;
		this.scanner = scanner;
		this.maxBytes = maxBytes;
	}

	EvidenceFileView store(UUID institution, String filename, InputStream content, UUID by) throws IOException {
		Attachments.Accepted file = Attachments.accept(files, scanner, filename, content, maxBytes);
		return assessments.fileByHash(institution, file.sha256())
			.orElseGet(() -> assessments.insertFile(institution, file.sha256(), file.filename(), file.mediaType(), file.size(), by));
	}
}
