package org.mizani.assessment;

import java.io.IOException;
import java.io.OutputStream;

import org.mizani.platform.Language;

/** An assessment as documents: the PDF report in the reader's language, XLSX, and OSCAL assessment results and POA&M. */
public interface AssessmentReports {

	byte[] reportPdf(AssessmentId id, Language language);

	void exportXlsx(AssessmentId id, OutputStream out) throws IOException;

	/** OSCAL assessment results (JSON). */
	byte[] oscalAssessmentResults(AssessmentId id);

	/** OSCAL plan of action and milestones (JSON) from the remediation actions. */
	byte[] oscalPoam(AssessmentId id);
}
