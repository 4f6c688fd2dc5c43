/**
 * The append-only, hash-chained audit trail. It listens to every {@link org.mizani.platform.AuditableEvent}
 * (delivered after commit through the event publication registry, so none is lost on a crash),
 * stores one entry per change, and verifies the chain from the admin page, the API and the CLI.
 */
@ApplicationModule(displayName = "Audit trail")
@NullMarked
package org.mizani.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
