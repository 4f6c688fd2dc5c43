package org.mizani.platform;

import java.util.List;

/**
 * Outcome of a bulk import: either every row was imported ({@code problems} empty) or none was.
 * Each problem names the row and column as the user sees them in their spreadsheet.
 */
public record ImportReport(int rowsRead, int imported, List<Problem> problems) {

	public boolean succeeded() {
		return problems.isEmpty();
	}

	/** {@code row} 0 means the file as a whole; {@code column} may be empty. */
	public record Problem(int row, String column, String code, Object... arguments) {
	}
}
