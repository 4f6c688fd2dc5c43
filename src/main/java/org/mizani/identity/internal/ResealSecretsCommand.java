package org.mizani.identity.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;

import org.mizani.identity.SecondFactorSeedsResealed;
import org.mizani.platform.Actor;
import org.mizani.platform.CliCommand;
import org.mizani.platform.Secrets;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code java -jar mizani.jar reseal-secrets}: after {@code MIZANI_SECRET_KEY} was replaced (the old key
 * listed in {@code MIZANI_PREVIOUS_SECRET_KEYS}), seals every stored second-factor seed again under the
 * new key, in one transaction, so the old key can be dropped. Exits 1, changing nothing, if some seed
 * opens with none of the keys (its owner would have to set up the second factor again).
 */
@Component
class ResealSecretsCommand implements CliCommand {

	private final JdbcClient jdbc;
	private final Secrets secrets;
	private final ApplicationEventPublisher events;

	ResealSecretsCommand(JdbcClient jdbc, Secrets secrets, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.events = events;
	}

	@Override
	public String name() {
		return "reseal-secrets";
	}

	@Override
	public String description() {
		return "Seal the stored second-factor seeds again under MIZANI_SECRET_KEY after a key change";
	}

	record Sealed(UUID id, String email, String seed) {
	}

	@Override
	@Transactional
	public int run(List<String> arguments, PrintStream out) {
		List<Sealed> stored = jdbc.sql("select id, email, mfa_secret from app_user where mfa_secret is not null order by email")
			.query((rs, n) -> new Sealed(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("mfa_secret"))).list();
		List<Sealed> unopenable = stored.stream().filter(s -> !opens(s.seed())).toList();
		if (!unopenable.isEmpty()) {
			out.println(unopenable.size() + " second-factor seeds open with none of the keys (MIZANI_SECRET_KEY, "
					+ "MIZANI_PREVIOUS_SECRET_KEYS); nothing was changed. Add the missing key, or reset these users' second factor:");
			unopenable.forEach(s -> out.println("  " + s.email()));
			return 1;
		}
		long resealed = 0;
		for (Sealed s : stored) {
			if (!secrets.sealedWithCurrentKey(s.seed())) {
				jdbc.sql("update app_user set mfa_secret = :seed where id = :id").param("seed", secrets.reseal(s.seed()))
					.param("id", s.id()).update();
				resealed++;
			}
		}
		if (resealed > 0) {
			events.publishEvent(new SecondFactorSeedsResealed(resealed,
					resealed + " second-factor seeds sealed again under the current secret key", Actor.current()));
		}
		out.println(resealed + " of " + stored.size() + " second-factor seeds sealed again under the current key; "
				+ "the previous keys are no longer needed.");
		return 0;
	}

	private boolean opens(String seed) {
		try {
			secrets.decrypt(seed);
			return true;
		}
		catch (RuntimeException e) {
			return false;
		}
	}
}
