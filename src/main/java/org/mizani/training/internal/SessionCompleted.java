package org.mizani.training.internal;

import java.util.UUID;

/** Inside the module: a session was completed, so its follow-ups are due in some months. */
record SessionCompleted(UUID session) {
}
