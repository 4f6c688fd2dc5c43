package org.mizani.assessment.internal;

import java.util.Map;
import java.util.Set;

import org.mizani.assessment.ActionStatus;
import org.mizani.platform.BusinessRuleException;

/**
 * The life of a remediation action: the institution starts and completes it (with a closure note),
 * the authority verifies the closure or reopens it with a reason. Following gaps to closure is the
 * point of the assessment cycle (DESIGN.md, "Assessment").
 */
final class ActionPolicy {

	enum Step {
		START, COMPLETE, VERIFY, REOPEN
	}

	private static final Map<Step, Set<ActionStatus>> FROM = Map.of(
			Step.START, Set.of(ActionStatus.OPEN, ActionStatus.REOPENED),
			Step.COMPLETE, Set.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.REOPENED),
			Step.VERIFY, Set.of(ActionStatus.DONE),
			Step.REOPEN, Set.of(ActionStatus.DONE, ActionStatus.VERIFIED));

	private static final Map<Step, ActionStatus> TO = Map.of(Step.START, ActionStatus.IN_PROGRESS, Step.COMPLETE,
			ActionStatus.DONE, Step.VERIFY, ActionStatus.VERIFIED, Step.REOPEN, ActionStatus.REOPENED);

	private ActionPolicy() {
	}

	/** The state after the step; refuses a step that does not apply to the current state, or one taken by the wrong side. */
	static ActionStatus next(ActionStatus current, Step step, boolean authority) {
		boolean authorityStep = step == Step.VERIFY || step == Step.REOPEN;
		if (authorityStep != authority) {
			throw new BusinessRuleException("action.step.not-yours");
		}
		if (!FROM.get(step).contains(current)) {
			throw new BusinessRuleException("action.step.not-allowed");
		}
		return TO.get(step);
	}
}
