package org.mizani.project;

public enum DeliveryModel {
	IN_HOUSE, VENDOR, SHARED_SERVICE
}
