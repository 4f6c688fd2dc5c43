package org.mizani.system;

public enum Hosting {
	GOVERNMENT_DATA_CENTRE, INSTITUTION_PREMISES, CLOUD, VENDOR_HOSTED
}
