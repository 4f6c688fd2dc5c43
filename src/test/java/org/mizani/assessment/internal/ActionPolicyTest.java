package org.mizani.assessment.internal;

import org.junit.jupiter.api.Test;
import org.mizani.assessment.ActionStatus;
import org.mizani.platform.BusinessRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionPolicyTest {

	@Test
	void followsAnActionFromOpenToVerified() {
		ActionStatus status = ActionStatus.OPEN;
		status = ActionPolicy.next(status, ActionPolicy.Step.START, false);
		assertThat(status).isEqualTo(ActionStatus.IN_PROGRESS);
		status = ActionPolicy.next(status, ActionPolicy.Step.COMPLETE, false);
		assertThat(status).isEqualTo(ActionStatus.DONE);
		status = ActionPolicy.next(status, ActionPolicy.Step.VERIFY, true);
		assertThat(status).isEqualTo(ActionStatus.VERIFIED);
	}

	@Test
	void theAuthorityReopensADoneActionAndTheInstitutionWorksItAgain() {
		ActionStatus status = ActionPolicy.next(ActionStatus.DONE, ActionPolicy.Step.REOPEN, true);
		assertThat(status).isEqualTo(ActionStatus.REOPENED);
		assertThat(ActionPolicy.next(status, ActionPolicy.Step.START, false)).isEqualTo(ActionStatus.IN_PROGRESS);
	}

	@Test
	void anInstitutionCannotVerifyItsOwnAction() {
		assertThatThrownBy(() -> ActionPolicy.next(ActionStatus.DONE, ActionPolicy.Step.VERIFY, false))
			.isInstanceOf(BusinessRuleException.class).hasMessage("action.step.not-yours");
	}

	@Test
	void theAuthorityDoesNotDoTheInstitutionsWork() {
		assertThatThrownBy(() -> ActionPolicy.next(ActionStatus.OPEN, ActionPolicy.Step.COMPLETE, true))
			.isInstanceOf(BusinessRuleException.class).hasMessage("action.step.not-yours");
	}

	@Test
	void onlyADoneActionCanBeVerified() {
		assertThatThrownBy(() -> ActionPolicy.next(ActionStatus.IN_PROGRESS, ActionPolicy.Step.VERIFY, true))
			.isInstanceOf(BusinessRuleException.class).hasMessage("action.step.not-allowed");
	}
}
