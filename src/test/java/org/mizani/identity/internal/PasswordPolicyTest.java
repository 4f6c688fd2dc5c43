package org.mizani.identity.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

	private final PasswordPolicy policy = PasswordPolicy.withBuiltInList();

	@Test
	void acceptsALongPassphraseUnrelatedToTheUser() {
		assertThat(policy.check("mvua ya masika inanyesha", "neema@ega.go.tz", "Neema Mollel")).isEmpty();
	}

	@Test
	void rejectsPasswordsShorterThanTwelveCharacters() {
		assertThat(policy.check("Short-pass1", "a@b.tz", "A B")).containsExactly("password.policy.length");
	}

	@Test
	void rejectsCommonPasswordsEvenWithDigitsAndSymbolsAround() {
		assertThat(policy.check("Password123!", "a@b.tz", "A B")).contains("password.policy.common");
		assertThat(policy.check("123456789012", "a@b.tz", "A B")).contains("password.policy.common");
		assertThat(policy.check("Tanzania2026!!", "a@b.tz", "A B")).contains("password.policy.common");
	}

	@Test
	void rejectsPasswordsMadeOfOneRepeatedCharacter() {
		assertThat(policy.check("aaaaaaaaaaaaaa", "a@b.tz", "A B")).contains("password.policy.common");
	}

	@Test
	void rejectsPasswordsContainingTheUsersNameOrEmail() {
		assertThat(policy.check("mollel-is-my-name", "neema@ega.go.tz", "Neema Mollel")).contains("password.policy.personal");
		assertThat(policy.check("xx-neema-2026-yy", "neema@ega.go.tz", "Someone Else")).contains("password.policy.personal");
	}

	@Test
	void rejectsAbsurdlyLongPasswords() {
		assertThat(policy.check("x".repeat(200), "a@b.tz", "A B")).containsExactly("password.policy.too-long");
	}

	@Test
	void aCustomListIsHonoured() {
		PasswordPolicy custom = new PasswordPolicy(Set.of("correcthorsebattery"));
		assertThat(custom.check("CorrectHorseBattery", "a@b.tz", "A B")).contains("password.policy.common");
	}

	@Test
	void theDemoPasswordPassesThePolicyForEveryDemoUser() {
		for (String[] user : DemoUsers.USERS) {
			assertThat(policy.check(DemoUsers.PASSWORD, user[1], user[2])).as(user[1]).isEmpty();
		}
	}

	@Test
	void theDeploymentsOwnListIsRefusedTooWithDigitsAndSymbolsAround() throws Exception {
		java.nio.file.Path list = java.nio.file.Files.createTempFile("denylist-", ".txt");
		try {
			java.nio.file.Files.writeString(list, "# the authority's list\nkilimanjarosafari\nmwanzo mpya kabisa\n");
			PasswordPolicy withList = PasswordPolicy.withBuiltInListAnd(list);
			assertThat(withList.check("KilimanjaroSafari2026!", "a@b.tz", "A B")).contains("password.policy.common");
			assertThat(withList.check("mwanzo mpya kabisa", "a@b.tz", "A B")).contains("password.policy.common");
			assertThat(withList.check("Password123!", "a@b.tz", "A B")).as("the built-in list still applies").contains("password.policy.common");
			assertThat(policy.check("KilimanjaroSafari2026!", "a@b.tz", "A B")).as("not on the built-in list").isEmpty();
		}
		finally {
			java.nio.file.Files.delete(list);
		}
		assertThatThrownBy(() -> PasswordPolicy.withBuiltInListAnd(list)).hasMessageContaining("Cannot read the password deny-list");
	}
}
