package org.mizani.system;

public enum SystemStatus {
	PLANNED, IN_DEVELOPMENT, LIVE, RETIRED
}
