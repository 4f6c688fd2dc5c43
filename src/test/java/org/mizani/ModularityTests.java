package org.mizani;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules of DESIGN.md keep their boundaries; the module documentation is written from the code. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(MizaniApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void foundationModulesExist() {
		assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
			.contains("platform", "institution", "identity", "audit");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
	}
}
