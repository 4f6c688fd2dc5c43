package org.mizani.identity;

import java.util.Optional;

import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;

/** Administration of users (authority administrators). */
public interface UserManagement {

	PageResult<UserView> search(UserQuery query, Paging paging);

	UserView get(UserId id);

	/** Creates the account and e-mails an invitation to set a password. */
	UserView invite(UserDetailsForm details);

	UserView update(UserId id, UserDetailsForm details, long expectedVersion);

	void deactivate(UserId id);

	void reactivate(UserId id);

	void unlock(UserId id);

	/** Removes the user's second factor; they enrol again at their next sign-in. */
	void resetMfa(UserId id);

	/** Ends every session of the user. */
	void signOutEverywhere(UserId id);

	/** The signed-in user's own record. */
	Optional<UserView> me();
}
