package org.mizani.training.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.mizani.platform.TabularFile;
import org.mizani.training.FollowUpAnswers;
import org.mizani.training.FollowUpView;
import org.mizani.training.ParticipantView;
import org.mizani.training.SessionView;
import org.springframework.stereotype.Component;

/** A session's participants with their attendance per day, and follow-ups with their answers, as workbooks. */
@Component
class TrainingExports {

	void participants(SessionView session, List<ParticipantView> participants, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Mizani", "1.0");
		Worksheet sheet = workbook.newWorksheet("Participants");
		List<LocalDate> days = session.days();
		String[] headers = { "institution", "full_name", "email", "position", "status", "attendance_percent", "certificate",
				"certificate_revoked" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, headers[c]);
		}
		for (int d = 0; d < days.size(); d++) {
			sheet.value(0, headers.length + d, days.get(d).toString());
		}
		int r = 1;
		for (ParticipantView p : participants) {
			sheet.value(r, 0, p.institutionAcronym());
			sheet.inlineString(r, 1, p.fullName());
			sheet.inlineString(r, 2, p.email());
			sheet.inlineString(r, 3, p.position());
			sheet.value(r, 4, p.status().name());
			sheet.value(r, 5, Math.round(p.attendanceRate(days.size())));
			sheet.value(r, 6, p.certificateCode());
			sheet.value(r, 7, p.certificateRevoked());
			for (int d = 0; d < days.size(); d++) {
				var mark = p.attendance().get(days.get(d));
				sheet.value(r, headers.length + d, mark == null ? null : mark.name());
			}
			TabularFile.flushEvery1000(sheet, r);
			r++;
		}
		workbook.finish();
	}

	void followUps(List<FollowUpView> followUps, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Mizani", "1.0");
		Worksheet sheet = workbook.newWorksheet("Follow-ups");
		String[] headers = { "institution", "session", "months", "due_on", "answered_at", "practices_applied",
				"challenges_solved", "challenges_partly_solved", "challenges_not_solved", "other_practices", "other_challenges",
				"support_needed" };
		for (int c = 0; c < headers.length; c++) {
			sheet.value(0, c, headers[c]);
		}
		int r = 1;
		for (FollowUpView f : followUps) {
			sheet.value(r, 0, f.institutionAcronym());
			sheet.inlineString(r, 1, f.sessionTitle());
			sheet.value(r, 2, f.months());
			sheet.value(r, 3, f.dueOn().toString());
			sheet.value(r, 4, f.answeredAt() == null ? null : f.answeredAt().toString());
			FollowUpAnswers a = f.answers();
			if (a != null) {
				sheet.value(r, 5, a.practices().values().stream().mapToInt(List::size).sum());
				sheet.value(r, 6, count(a, FollowUpAnswers.Outcome.SOLVED));
				sheet.value(r, 7, count(a, FollowUpAnswers.Outcome.PARTLY_SOLVED));
				sheet.value(r, 8, count(a, FollowUpAnswers.Outcome.NOT_SOLVED));
				sheet.inlineString(r, 9, a.otherPractices());
				sheet.inlineString(r, 10, a.otherChallenges());
				sheet.inlineString(r, 11, a.supportNeeded());
			}
			TabularFile.flushEvery1000(sheet, r);
			r++;
		}
		workbook.finish();
	}

	private static long count(FollowUpAnswers answers, FollowUpAnswers.Outcome outcome) {
		return answers.challenges().values().stream().filter(outcome::equals).count();
	}
}
