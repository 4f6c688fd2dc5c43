package org.mizani.audit.internal;

import java.io.PrintStream;
import java.util.List;

import org.mizani.audit.ChainVerification;
import org.mizani.platform.CliCommand;
import org.springframework.stereotype.Component;

/** {@code java -jar mizani.jar audit-verify}: exits 0 when the chain is intact, 1 when it is broken. */
@Component
class AuditVerifyCommand implements CliCommand {

	private final AuditService audit;

	AuditVerifyCommand(AuditService audit) {
		this.audit = audit;
	}

	@Override
	public String name() {
		return "audit-verify";
	}

	@Override
	public String description() {
		return "Verify the audit trail's hash chain and report the first broken link";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		ChainVerification result = audit.verifyChain();
		if (result.intact()) {
			out.println("Audit trail intact: " + result.entriesChecked() + " entries verified.");
			return 0;
		}
		out.println("Audit trail BROKEN at entry " + result.firstBrokenSeq() + " (" + result.problem() + "); "
				+ result.entriesChecked() + " entries read.");
		return 1;
	}
}
