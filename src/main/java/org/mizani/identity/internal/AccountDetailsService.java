package org.mizani.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

	private final Users users;
	private final Clock clock;

	AccountDetailsService(Users users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		if (username == null || username.isBlank() || username.length() > 254) {
			throw new UsernameNotFoundException("unknown");
		}
		return users.findByEmail(username)
			.map(account -> new SignedInUser(account, account.isLocked(clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
	}
}
