package org.mizani.audit;

import java.io.Writer;
import java.util.List;

import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;

/** Reading and verifying the audit trail (authority administrators). */
public interface AuditTrail {

	PageResult<AuditEntry> search(AuditQuery query, Paging paging);

	/** Writes the matching entries as CSV, streamed from the database. */
	void exportCsv(AuditQuery query, Writer out);

	ChainVerification verify();

	List<String> actions();

	/** The newest entries about one record, for its detail page. */
	List<AuditEntry> history(String entityType, String entityId, int limit);
}
