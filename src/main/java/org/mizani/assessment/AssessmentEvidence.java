package org.mizani.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

/**
 * Evidence on an assessment's responses: files checked by content and kept by SHA-256, links, and
 * files reused across requirements. The institution's ICT officers and head attach; the institution and
 * the authority read.
 */
public interface AssessmentEvidence {

	EvidenceView attachFile(ResponseId id, String filename, InputStream content) throws IOException;

	EvidenceView attachLink(ResponseId id, String url, String title);

	EvidenceView attachExisting(ResponseId id, EvidenceId file);

	void detach(ResponseId id, UUID attachment);

	List<EvidenceFileView> evidenceFiles(AssessmentId id);

	EvidenceFileView evidenceFile(EvidenceId id);

	InputStream openEvidence(EvidenceId id) throws IOException;
}
