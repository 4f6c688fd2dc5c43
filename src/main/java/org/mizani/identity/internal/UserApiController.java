package org.mizani.identity.internal;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.mizani.identity.Role;
import org.mizani.identity.UserDetailsForm;
import org.mizani.identity.UserId;
import org.mizani.identity.UserManagement;
import org.mizani.identity.UserQuery;
import org.mizani.identity.UserView;
import org.mizani.platform.NotFoundException;
import org.mizani.platform.PageResult;
import org.mizani.platform.Paging;
import org.mizani.platform.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users")
class UserApiController {

	private final UserManagement users;

	UserApiController(UserManagement users) {
		this.users = users;
	}

	@GetMapping("/me")
	UserView me() {
		return users.me().orElseThrow(() -> new NotFoundException("user"));
	}

	@GetMapping("/users")
	PageResult<UserView> search(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
			@RequestParam(required = false) UUID institution, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return users.search(new UserQuery(q, role, institution, active), Paging.of(page, size));
	}

	@GetMapping("/users/{id}")
	ResponseEntity<UserView> get(@PathVariable UserId id) {
		UserView user = users.get(id);
		return ResponseEntity.ok().eTag(Versions.etag(user.version())).body(user);
	}

	@PostMapping("/users")
	ResponseEntity<UserView> invite(@Valid @RequestBody UserDetailsForm form) {
		UserView user = users.invite(form);
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
	}

	@PutMapping("/users/{id}")
	ResponseEntity<UserView> update(@PathVariable UserId id, @Valid @RequestBody UserDetailsForm form,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		long version = ifMatch == null ? users.get(id).version() : Versions.fromIfMatch(ifMatch, "user");
		UserView user = users.update(id, form, version);
		return ResponseEntity.ok().eTag(Versions.etag(user.version())).body(user);
	}

	@PostMapping("/users/{id}/{action:deactivate|reactivate|unlock|reset-mfa|sign-out-everywhere}")
	ResponseEntity<Void> act(@PathVariable UserId id, @PathVariable String action) {
		switch (action) {
			case "deactivate" -> users.deactivate(id);
			case "reactivate" -> users.reactivate(id);
			case "unlock" -> users.unlock(id);
			case "reset-mfa" -> users.resetMfa(id);
			default -> users.signOutEverywhere(id);
		}
		return ResponseEntity.noContent().build();
	}

}
