package org.mizani;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mizani.identity.internal.TestLogins;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Property: whatever a signed-in user of any role sends to any endpoint of the application (every
 * API operation and every page and form, found from the handler mappings, not from a list kept by
 * hand), the answer is never a server error, every API refusal is an RFC 9457 problem, a refused
 * request and any GET store nothing (they publish no event, and every change in Mizani publishes
 * one for the audit trail), and no page shows a script the requests planted. At least {@value #REQUESTS}
 * requests per run, generated from a seeded random source from what each handler declares (path
 * variables, parameters, form and JSON fields with their types): hostile strings (huge, control
 * and bidirectional characters, script, SQL and template fragments, traversal), wrong types,
 * unknown enum values, missing and extra fields, cut-off JSON, wrong content types, real and
 * unknown ids. The seed is printed; {@code -Dhostile.seed=…} repeats a run.
 */
@MizaniIntegrationTest
@org.junit.jupiter.api.Tag("exhaustive")
class EveryEndpointHostileIT extends IntegrationTestSupport {

	static final int REQUESTS = 10_000;

	/**
	 * Left out, because a request that succeeds there changes the demo user it runs as for the tests that
	 * follow (its language, its sessions, its recovery codes); each has its own tests.
	 */
	static final Set<String> LEFT_OUT = Set.of("/account/language", "/account/sign-out-everywhere",
			"/account/mfa/recovery-codes", "/account/mfa/enrol", "/account/password", "/error");

	static final List<String> USERS = List.of("admin@ega.go.tz", "compliance@ega.go.tz", "training@ega.go.tz",
			"security@ega.go.tz", "projects@ega.go.tz", "executive@ega.go.tz", "cert@tcra.go.tz",
			"ict.officer@dodomacc.go.tz", "head@dodomacc.go.tz", "viewer@dodomacc.go.tz");

	/** The table whose ids a path variable takes, from the path segment before it. */
	static final Map<String, String> TABLES = Map.ofEntries(Map.entry("institutions", "institution"),
			Map.entry("users", "app_user"), Map.entry("campaigns", "assessment_campaign"),
			Map.entry("assessments", "assessment"), Map.entry("actions", "remediation_action"),
			Map.entry("catalogs", "catalog_document"), Map.entry("versions", "catalog_version"),
			Map.entry("items", "catalog_item"), Map.entry("systems", "ict_system"), Map.entry("incidents", "incident"),
			Map.entry("drills", "dr_drill"), Map.entry("projects", "project"), Map.entry("programmes", "training_programme"),
			Map.entry("sessions", "training_session"), Map.entry("participants", "training_participant"),
			Map.entry("follow-ups", "training_follow_up"), Map.entry("visits", "training_visit"),
			Map.entry("plans", "strategic_plan"), Map.entry("objectives", "plan_objective"), Map.entry("targets", "plan_target"),
			Map.entry("tasks", "incident_task"), Map.entry("questions", "training_question"), Map.entry("tokens", "api_token"));

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z]+)(?::[^}]*)?}");
	private static final Set<String> PLANTED = Set.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	private Random random;
	private HostileInput hostile;
	private final Map<String, List<String>> ids = new TreeMap<>();
	private final List<String> anyIds = new ArrayList<>();

	record Field(String name, Type type) {
	}

	record Endpoint(String pattern, HttpMethod method, boolean api, List<Field> fields, boolean json, List<String> files) {

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	@Test
	void noRequestToAnyEndpointCausesAServerErrorOrStoresAnythingWhenRefused() throws Exception {
		long seed = HostileInput.seed("EveryEndpointHostileIT");
		random = new Random(seed);
		hostile = new HostileInput(random);
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).as("the API and the pages").hasSizeGreaterThan(250);
		loadIds();
		Map<String, String> tokens = new LinkedHashMap<>();
		Map<String, UUID> userIds = new LinkedHashMap<>();
		for (String user : USERS) {
			tokens.put(user, TestLogins.sharedToken(context, user));
			userIds.put(user, jdbc.sql("select id from app_user where email = :e").param("e", user).query(UUID.class).single());
		}

		List<String> failures = new ArrayList<>();
		Map<String, Integer> statuses = new TreeMap<>();
		for (int i = 0; i < REQUESTS; i++) {
			Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
			String user = USERS.get(random.nextInt(USERS.size()));
			String userId = userIds.get(user).toString();
			boolean writes = endpoint.method() != HttpMethod.GET;
			long eventsBefore = events(userId);
			AbstractMockHttpServletRequestBuilder<?> request = request(endpoint);
			request.header("Accept-Language", random.nextBoolean() ? "sw" : "en");
			if (endpoint.api()) {
				request.header("Authorization", "Bearer " + tokens.get(user));
			}
			else {
				request.with(TestLogins.as(context, user)).with(csrf());
			}
			String kind = endpoint + " as " + user + " (request " + i + ", seed " + seed + ")";
			MockHttpServletResponse response;
			try {
				response = mvc.perform(request).andReturn().getResponse();
			}
			catch (Exception escaped) {
				// what a real server would answer with 500
				failures.add(kind + " → " + escaped.getClass().getSimpleName() + ": " + escaped.getMessage());
				continue;
			}
			int status = response.getStatus();
			statuses.merge(status / 100 + "xx", 1, Integer::sum);
			failures.addAll(HostileInput.failures(kind, endpoint.api(), response));
			if ((!writes || status >= 400) && events(userId) != eventsBefore) {
				failures.add(kind + " → " + status + (writes ? " but a change was recorded" : ": a GET changed something"));
			}
			if (String.valueOf(response.getContentType()).startsWith("text/html")) {
				String page = response.getContentAsString(StandardCharsets.UTF_8);
				PLANTED.stream().filter(page::contains).forEach(script -> failures.add(kind + " shows " + script + " unescaped"));
			}
			if (failures.size() > 20) {
				break;
			}
		}
		System.out.println("EveryEndpointHostileIT: " + REQUESTS + " requests over " + endpoints.size() + " endpoints: " + statuses);
		assertThat(failures).as("seed " + seed).isEmpty();
		assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(REQUESTS);
		assertThat(statuses).as("the requests reached the handlers, not only the doors").containsKeys("2xx", "4xx");
	}

	/** Every handler of the application, each HTTP method of it apart. */
	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlers.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("org.mizani") || info.getPathPatternsCondition() == null) {
				continue;
			}
			List<Field> fields = new ArrayList<>();
			List<String> files = new ArrayList<>();
			boolean json = false;
			for (MethodParameter parameter : handler.getMethodParameters()) {
				Class<?> type = parameter.getParameterType();
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (parameter.hasParameterAnnotation(PathVariable.class)) {
					continue;
				}
				if (MultipartFile.class.isAssignableFrom(type)) {
					files.add(param != null && !param.name().isEmpty() ? param.name()
							: param != null && !param.value().isEmpty() ? param.value() : parameter.getParameterName());
				}
				else if (param != null) {
					String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : parameter.getParameterName();
					if (name != null) {
						fields.add(new Field(name, parameter.getGenericParameterType()));
					}
				}
				else if (type.isRecord()) {
					json |= parameter.hasParameterAnnotation(RequestBody.class);
					for (RecordComponent component : type.getRecordComponents()) {
						fields.add(new Field(component.getName(), component.getGenericType()));
					}
				}
				else if (parameter.hasParameterAnnotation(RequestBody.class)) {
					json = true;
				}
			}
			Set<HttpMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of(HttpMethod.GET)
					: info.getMethodsCondition().getMethods().stream().map(m -> HttpMethod.valueOf(m.name()))
						.collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (LEFT_OUT.contains(pattern)) {
					continue;
				}
				for (HttpMethod method : methods) {
					endpoints.add(new Endpoint(pattern, method, pattern.startsWith("/api/"), fields, json, files));
				}
			}
		}
		endpoints.sort(java.util.Comparator.comparing(Endpoint::toString));
		return endpoints;
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint) {
		StringBuilder path = new StringBuilder();
		Matcher variable = VARIABLE.matcher(endpoint.pattern());
		while (variable.find()) {
			String before = endpoint.pattern().substring(0, variable.start());
			String segment = before.substring(before.lastIndexOf('/', before.length() - 2) + 1).replace("/", "");
			variable.appendReplacement(path, Matcher.quoteReplacement(encode(pathValue(endpoint, segment))));
		}
		variable.appendTail(path);
		boolean body = endpoint.method() != HttpMethod.GET && endpoint.method() != HttpMethod.DELETE;
		StringBuilder query = new StringBuilder();
		Map<String, String> form = new LinkedHashMap<>();
		for (Field field : endpoint.fields()) {
			if (random.nextInt(5) == 0) {
				continue;
			}
			for (String value : values(field)) {
				if (body && !endpoint.json()) {
					form.put(field.name(), value);
				}
				else if (!body) {
					query.append(query.isEmpty() ? "?" : "&").append(encode(field.name())).append('=').append(encode(value));
				}
			}
		}
		if (random.nextInt(10) == 0) {
			query.append(query.isEmpty() ? "?" : "&").append(encode(hostile.nasty())).append('=').append(encode(hostile.nasty()));
		}
		URI uri = URI.create(path + query.toString());
		AbstractMockHttpServletRequestBuilder<?> request;
		if (!endpoint.files().isEmpty()) {
			MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders.multipart(endpoint.method(), uri);
			for (String file : endpoint.files()) {
				multipart.file(upload(file));
			}
			request = multipart;
		}
		else {
			request = MockMvcRequestBuilders.request(endpoint.method(), uri);
		}
		form.forEach(request::param);
		if (body && endpoint.json()) {
			request.contentType(random.nextInt(20) == 0 ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON).content(json(endpoint.fields()));
		}
		else if (body && endpoint.api() && endpoint.files().isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(random.nextBoolean() ? "{}" : hostile.nasty());
		}
		return request;
	}

	/** A real id of the right kind now and then (reads only: a write to a real record could succeed and change the demo data), else an unknown or hostile one. */
	private String pathValue(Endpoint endpoint, String segment) {
		int dice = random.nextInt(4);
		if (endpoint.method() == HttpMethod.GET && dice < 2) {
			String table = TABLES.get(segment);
			List<String> known = table == null ? anyIds : ids.getOrDefault(table, anyIds);
			if (!known.isEmpty()) {
				return known.get(random.nextInt(known.size()));
			}
		}
		return dice == 2 ? UUID.randomUUID().toString() : hostile.nasty();
	}

	/** Values for one field: a plausible one of its type now and then (to get past the first check), else hostile ones. */
	private List<String> values(Field field) {
		Type type = field.type();
		Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : Object.class;
		if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p
				&& p.getActualTypeArguments()[0] instanceof Class<?> element) {
			List<String> values = new ArrayList<>();
			int n = random.nextInt(4);
			for (int i = 0; i < n; i++) {
				values.add(plausibleOrNasty(element));
			}
			return values;
		}
		return List.of(plausibleOrNasty(raw));
	}

	private String plausibleOrNasty(Class<?> type) {
		if (random.nextInt(3) != 0) {
			return hostile.nasty();
		}
		if (type.isEnum()) {
			Object[] constants = type.getEnumConstants();
			return constants[random.nextInt(constants.length)].toString();
		}
		if (type == UUID.class) {
			return anyIds.isEmpty() ? UUID.randomUUID().toString() : anyIds.get(random.nextInt(anyIds.size()));
		}
		if (type == LocalDate.class) {
			return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(800)).toString();
		}
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return String.valueOf(random.nextInt(200) - 20);
		}
		if (type == boolean.class || type == Boolean.class) {
			return String.valueOf(random.nextBoolean());
		}
		if (type == java.math.BigDecimal.class || type == double.class || type == Double.class) {
			return String.valueOf(random.nextInt(10_000) / 100.0);
		}
		return "Jaribio " + random.nextInt(1_000_000);
	}

	private String json(List<Field> fields) {
		StringBuilder body = new StringBuilder("{");
		for (Field field : fields) {
			if (random.nextInt(5) == 0) {
				continue;
			}
			if (body.length() > 1) {
				body.append(',');
			}
			body.append('"').append(field.name()).append("\":");
			List<String> values = values(field);
			switch (random.nextInt(8)) {
				case 0 -> body.append(random.nextInt());
				case 1 -> body.append("{\"a\":[1,{}]}");
				case 2 -> body.append("null");
				case 3 -> body.append('[').append(String.join(",", values.stream().map(v -> '"' + HostileInput.escape(v) + '"').toList())).append(']');
				default -> body.append('"').append(HostileInput.escape(values.isEmpty() ? "" : values.get(0))).append('"');
			}
		}
		if (random.nextInt(8) == 0) {
			body.append(body.length() > 1 ? "," : "").append("\"version\":-1,\"id\":\"").append(UUID.randomUUID()).append('"');
		}
		String json = body.append('}').toString();
		return random.nextInt(15) == 0 ? json.substring(0, json.length() / 2) : json;
	}

	/** A file for an upload field: empty, random bytes, text, a zip, behind a hostile or misleading name. */
	private MockMultipartFile upload(String field) {
		String[] names = { "evidence.pdf", "../../etc/passwd", "report.xlsx", "a\u0000.pdf", "<script>.csv", "x".repeat(400) + ".pdf",
				"plan.docx", "..\\..\\win.ini", "data.csv", "" };
		byte[] content = switch (random.nextInt(5)) {
			case 0 -> new byte[0];
			case 1 -> "%PDF-1.4\n<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
			case 2 -> "name,acronym\n=cmd|' /C calc'!A0,X\n".getBytes(StandardCharsets.UTF_8);
			case 3 -> new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3 };
			default -> {
				byte[] bytes = new byte[random.nextInt(4096)];
				random.nextBytes(bytes);
				yield bytes;
			}
		};
		return new MockMultipartFile(field, names[random.nextInt(names.length)], random.nextBoolean() ? "application/pdf" : null, content);
	}

	private void loadIds() {
		for (String table : Set.copyOf(TABLES.values())) {
			List<String> known = jdbc.sql("select id::text from " + table + " order by id limit 40").query(String.class).list();
			ids.put(table, known);
			anyIds.addAll(known);
		}
	}

	/** Events published with the user as actor: every change in Mizani publishes one (for its audit entry), in the same transaction. */
	private long events(String userId) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like :user")
			.param("user", "%" + userId + "%").query(Long.class).single();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
