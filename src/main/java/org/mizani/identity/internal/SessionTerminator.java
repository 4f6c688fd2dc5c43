package org.mizani.identity.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends a user's sessions on every node (sessions live in the database). */
@Component
class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends all sessions of the account except {@code keepSessionId} (may be null); returns how many ended. */
	int endSessions(String email, @Nullable String keepSessionId) {
		Map<String, ? extends Session> found = sessions.findByPrincipalName(email);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keepSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

	/** A browser session as its owner sees it: a handle (not the session id, which is a secret), when it began and was last used. */
	record ActiveSession(String handle, java.time.Instant started, java.time.Instant lastActive, boolean current) {
	}

	/** The account's sessions, the most recently used first. */
	java.util.List<ActiveSession> list(String email, @Nullable String currentId) {
		return sessions.findByPrincipalName(email).entrySet().stream()
			.map(e -> new ActiveSession(handle(e.getKey()), e.getValue().getCreationTime(), e.getValue().getLastAccessedTime(),
					e.getKey().equals(currentId)))
			.sorted(java.util.Comparator.comparing(ActiveSession::lastActive).reversed())
			.toList();
	}

	/** Ends the account's session with this handle, unless it is the current one; whether one ended. */
	boolean end(String email, String handle, @Nullable String currentId) {
		for (String id : sessions.findByPrincipalName(email).keySet()) {
			if (!id.equals(currentId) && handle(id).equals(handle)) {
				sessions.deleteById(id);
				return true;
			}
		}
		return false;
	}

	private static String handle(String sessionId) {
		return Tokens.sha256(sessionId).substring(0, 16);
	}
}
