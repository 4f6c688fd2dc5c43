package org.mizani.reporting;

/** Where the country stands, for the authority's staff: compliance, training, incidents, continuity, projects. */
public interface ExecutiveDashboard {

	DashboardView dashboard(DashboardFilter filter);
}
