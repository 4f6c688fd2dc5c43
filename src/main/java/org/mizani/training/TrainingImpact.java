package org.mizani.training;

import java.util.UUID;

/** The impact of a programme (authority staff only), read from assessment scores and incident counts through their modules' APIs. */
public interface TrainingImpact {

	ImpactView impact(UUID programme);
}
