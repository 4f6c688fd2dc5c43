package org.mizani.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mizani.identity.Role;
import org.mizani.institution.InstitutionQuery;
import org.mizani.institution.InstitutionType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a user sees exists in Kiswahili and English: the bundles of each module have the same
 * keys, every key used by a template or a rule exists, and templates hold no literal text.
 */
class MessagesTest {

	private static final Path I18N = Path.of("src/main/resources/i18n");
	private static final Path TEMPLATES = Path.of("src/main/resources/templates");
	private static final Path SOURCES = Path.of("src/main/java");

	@Test
	void everyModuleBundleHasTheSameKeysInBothLanguagesAndNoEmptyText() throws IOException {
		try (Stream<Path> files = Files.list(I18N)) {
			List<Path> english = files.filter(p -> !p.getFileName().toString().contains("_")).toList();
			assertThat(english).isNotEmpty();
			for (Path en : english) {
				Path sw = I18N.resolve(en.getFileName().toString().replace(".properties", "_sw.properties"));
				assertThat(sw).as("Kiswahili bundle for " + en.getFileName()).exists();
				Properties enProps = load(en);
				Properties swProps = load(sw);
				assertThat(new TreeSet<>(swProps.stringPropertyNames())).as(sw.getFileName() + " vs " + en.getFileName())
					.isEqualTo(new TreeSet<>(enProps.stringPropertyNames()));
				for (Properties props : List.of(enProps, swProps)) {
					props.forEach((k, v) -> assertThat(v.toString().strip()).as("text of " + k).isNotEmpty());
				}
			}
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Set<String> keys = allKeys();
		Pattern literalKey = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = literalKey.matcher(Files.readString(template));
			while (m.find()) {
				if (!keys.contains(m.group(1))) {
					missing.add(template.getFileName() + ": " + m.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyKeyBuiltFromAValueExists() throws IOException {
		Set<String> keys = allKeys();
		List<String> expected = new ArrayList<>();
		for (Role role : Role.values()) {
			expected.add(role.messageKey());
		}
		for (InstitutionType type : InstitutionType.values()) {
			expected.add(type.messageKey());
		}
		for (String sort : InstitutionQuery.SORTS) {
			expected.add("institution.sort." + sort);
		}
		for (Language language : Language.values()) {
			expected.add("layout.language." + language.code());
		}
		for (String state : List.of("active", "expired", "revoked")) {
			expected.add("token.state." + state);
		}
		for (int status : List.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 500)) {
			expected.add("error.title." + status);
			expected.add("error.detail." + status);
		}
		for (String field : List.of("acronym", "nameEn", "nameSw")) {
			expected.add("institution.duplicate." + field);
		}
		for (String action : List.of("deactivate", "reactivate", "unlock", "reset-mfa", "sign-out-everywhere")) {
			expected.add("user.flash." + action);
			expected.add("user.action." + action);
		}
		assertThat(expected).allSatisfy(key -> assertThat(keys).as("key " + key).contains(key));
	}

	@Test
	void everyMessageCodeTheRulesRaiseExists() throws IOException {
		Set<String> keys = allKeys();
		Pattern call = Pattern.compile("(FieldProblem|BusinessRuleException|onField|addFlashAttribute|Redirects\\.after|, redirect\\);|addAttribute\\(\"error\"|Problem\\(|UnreadableFileException|ProblemFactory|problem\\()");
		Pattern literal = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z0-9-]+)+)\"");
		List<String> missing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				for (String line : Files.readAllLines(source)) {
					if (!call.matcher(line).find()) {
						continue;
					}
					Matcher m = literal.matcher(line);
					while (m.find()) {
						String code = m.group(1);
						if (!keys.contains(code) && !code.startsWith("org.") && !code.startsWith("urn")) {
							missing.add(source.getFileName() + ": " + code);
						}
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		Pattern textNode = Pattern.compile(">([^<]+)<");
		Pattern textAttribute = Pattern.compile("(?<![:-])\\b(placeholder|title|alt|aria-label)=\"([^\"]*)\"");
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "");
			Matcher text = textNode.matcher(html);
			while (text.find()) {
				String value = text.group(1).replaceAll("\\[\\[.*?]]", "").strip();
				if (value.codePoints().anyMatch(Character::isLetter)) {
					literal.add(template.getFileName() + ": " + value);
				}
			}
			Matcher attribute = textAttribute.matcher(html);
			while (attribute.find()) {
				if (attribute.group(2).codePoints().anyMatch(Character::isLetter)) {
					literal.add(template.getFileName() + ": " + attribute.group(1) + "=" + attribute.group(2));
				}
			}
		}
		assertThat(literal).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.list(I18N)) {
			for (Path file : files.toList()) {
				keys.addAll(load(file).stringPropertyNames());
			}
		}
		return keys;
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
