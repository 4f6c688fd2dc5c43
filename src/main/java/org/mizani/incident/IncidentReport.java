package org.mizani.incident;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An incident as it is reported. Times are local (East Africa Time) as people read them on their
 * clocks; {@code institutionId} is required only when the authority reports on an institution's behalf.
 */
public record IncidentReport(@Nullable UUID institutionId, @NotBlank @Size(max = 300) String title,
		@NotBlank @Size(max = 20000) String description, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime detectedAt,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startedAt,
		@NotBlank @Size(max = 60) String classCode, @NotBlank @Size(max = 60) String typeCode, @NotNull Severity severity,
		@NotNull Tlp tlp, @Nullable @Size(max = 50) List<UUID> systems, @Nullable @Size(max = 5000) String servicesDown,
		@Nullable @Min(0) @Max(100_000_000) Integer usersAffected, @Nullable @Min(0) @Max(10_000_000_000L) Long recordsAffected) {

	/** The same report with the category chosen as one "class/type" value, as the report form sends it. */
	public IncidentReport withCategory(@Nullable String category) {
		if (category == null || !category.contains("/")) {
			return this;
		}
		String[] codes = category.split("/", 2);
		return new IncidentReport(institutionId, title, description, detectedAt, startedAt, codes[0], codes[1], severity, tlp,
				systems, servicesDown, usersAffected, recordsAffected);
	}

	public List<UUID> systemIds() {
		return systems == null ? List.of() : systems;
	}
}
