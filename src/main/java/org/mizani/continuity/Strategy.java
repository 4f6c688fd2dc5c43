package org.mizani.continuity;

/** How the system is brought back after a disaster. */
public enum Strategy {
	HOT_SITE, WARM_SITE, COLD_SITE, BACKUP_RESTORE, CLOUD_FAILOVER, MANUAL_WORKAROUND
}
