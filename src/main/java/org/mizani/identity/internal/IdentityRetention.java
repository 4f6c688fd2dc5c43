package org.mizani.identity.internal;

import java.time.Duration;

import org.mizani.platform.RecordRetention;
import org.mizani.platform.RetentionSchedule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account records that stop serving a purpose are removed once their retention has passed: reset
 * and invitation links used or expired ({@code mizani.retention.account-links}, 30 days after), API tokens
 * revoked or expired ({@code mizani.retention.api-tokens}, 90 days after, so their owner still sees them
 * listed for a while). Each removal is recorded in the audit trail with its count.
 */
@Component
class IdentityRetention implements RetentionSchedule {

	private final RecordRetention retention;
	private final Duration links;
	private final Duration tokens;

	IdentityRetention(RecordRetention retention, @Value("${mizani.retention.account-links}") Duration links,
			@Value("${mizani.retention.api-tokens}") Duration tokens) {
		this.retention = retention;
		this.links = links;
		this.tokens = tokens;
	}

	@Override
	@Transactional
	public long apply() {
		return retention.remove("account-links", "delete from account_link where coalesce(used_at, expires_at) < :before", links,
				"password-reset and invitation links used or expired")
				+ retention.remove("api-tokens",
						"delete from api_token where least(coalesce(revoked_at, expires_at), expires_at) < :before", tokens,
						"API tokens revoked or expired");
	}
}
