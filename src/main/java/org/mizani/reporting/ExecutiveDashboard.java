package org.mizani.reporting;

/**
 * Where the country stands, for the authority's staff: compliance, training, incidents, continuity, projects.
 * The figures come from a snapshot of all modules that is refreshed after every change and at least every
 * minute ({@code mizani.reporting.dashboard-max-age}); the view says when it was taken.
 */
public interface ExecutiveDashboard {

	DashboardView dashboard(DashboardFilter filter);

	/** The same after reading every module again, for who needs the figures of this very moment. */
	DashboardView refresh(DashboardFilter filter);
}
