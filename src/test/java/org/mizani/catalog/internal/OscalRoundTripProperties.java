package org.mizani.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mizani.catalog.CatalogItemView;
import org.mizani.catalog.CatalogVersionView;
import org.mizani.catalog.DocumentId;
import org.mizani.catalog.ItemKind;
import org.mizani.catalog.RequirementLevel;
import org.mizani.catalog.VersionId;
import org.mizani.catalog.VersionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For generated catalogues (random nesting of groups, controls and enhancements, withdrawn ones,
 * texts with quotes and non-Latin letters), writing OSCAL and reading it back gives the same
 * requirements: codes, titles, statements, guidance, withdrawal and hierarchy.
 */
class OscalRoundTripProperties {

	record Shape(List<Integer> parents, List<Boolean> groups, List<String> texts, List<Boolean> withdrawn) {
	}

	@Provide
	Arbitrary<Shape> catalogs() {
		return Arbitraries.integers().between(1, 60).flatMap(size -> {
			Arbitrary<List<Integer>> parents = Arbitraries.integers().between(-1, size).list().ofSize(size);
			Arbitrary<List<Boolean>> groups = Arbitraries.of(true, false).list().ofSize(size);
			Arbitrary<List<String>> texts = Arbitraries.strings().withCharRange(' ', '~').withChars("äöüçñéœ—“”")
				.withChars("ḿ𝔐中文").ofMinLength(1).ofMaxLength(60).list().ofSize(size);
			Arbitrary<List<Boolean>> withdrawn = Arbitraries.of(true, false, false, false).list().ofSize(size);
			return net.jqwik.api.Combinators.combine(parents, groups, texts, withdrawn).as(Shape::new);
		});
	}

	@Property(tries = 150)
	void exportThenImportGivesTheSameRequirements(@ForAll("catalogs") Shape shape) {
		List<CatalogItemView> items = build(shape);
		CatalogVersionView version = new CatalogVersionView(new VersionId(UUID.randomUUID()), new DocumentId(UUID.randomUUID()),
				"TEST", "Kiwango", "A standard", "1.0", VersionStatus.PUBLISHED, null, "1.1.2", items.size(), null);
		byte[] oscal = new OscalCatalogWriter().write(version, UUID.randomUUID(), items);
		boolean hasRequirement = items.stream().anyMatch(i -> i.kind() == ItemKind.REQUIREMENT);
		if (!hasRequirement) {
			return;
		}
		ParsedCatalog read = new OscalCatalogReader().read(oscal);
		assertThat(read.items()).hasSize(items.size());
		for (int i = 0; i < items.size(); i++) {
			CatalogItemView written = items.get(i);
			ParsedCatalog.Item back = read.items().get(i);
			assertThat(back.code()).isEqualTo(written.code());
			assertThat(back.kind()).isEqualTo(written.kind());
			assertThat(back.title()).isEqualTo(written.titleEn().strip());
			assertThat(back.statement()).isEqualTo(written.statementEn());
			assertThat(back.withdrawn()).isEqualTo(written.withdrawn());
			assertThat(back.depth()).isEqualTo(written.depth());
			String parentCode = back.parentIndex() == null ? null : read.items().get(back.parentIndex()).code();
			String writtenParent = written.parentId() == null ? null
					: items.stream().filter(x -> x.id().equals(written.parentId())).findFirst().orElseThrow().code();
			assertThat(parentCode).isEqualTo(writtenParent);
		}
	}

	/** Turns the random shape into a valid tree in OSCAL order: groups hold groups then controls; controls hold controls. */
	private static List<CatalogItemView> build(Shape shape) {
		int size = shape.parents().size();
		List<Node> nodes = new ArrayList<>();
		Node root = new Node(-1, true);
		for (int i = 0; i < size; i++) {
			int wanted = shape.parents().get(i);
			Node parent = wanted < 0 || wanted >= nodes.size() ? root : nodes.get(wanted);
			boolean group = shape.groups().get(i) && parent.group;
			Node node = new Node(i, group);
			(group ? parent.groups : parent.controls).add(node);
			nodes.add(node);
		}
		List<CatalogItemView> items = new ArrayList<>();
		Map<Integer, UUID> ids = new HashMap<>();
		walk(root, null, 0, shape, items, ids);
		return items;
	}

	private static void walk(Node parent, UUID parentId, int depth, Shape shape, List<CatalogItemView> items, Map<Integer, UUID> ids) {
		for (List<Node> children : List.of(parent.groups, parent.controls)) {
			for (Node node : children) {
				UUID id = UUID.randomUUID();
				ids.put(node.index, id);
				String text = shape.texts().get(node.index).strip();
				String title = text.isEmpty() ? "t" : text;
				items.add(new CatalogItemView(id, parentId, node.group ? ItemKind.GROUP : ItemKind.REQUIREMENT, "c-" + node.index,
						null, depth, title, title, null, node.group ? null : "Do: " + title, null, null, null, null, null,
						BigDecimal.ONE, RequirementLevel.MANDATORY, List.of(), List.of(),
						!node.group && shape.withdrawn().get(node.index), List.of()));
				walk(node, id, depth + 1, shape, items, ids);
			}
		}
	}

	private static final class Node {
		final int index;
		final boolean group;
		final List<Node> groups = new ArrayList<>();
		final List<Node> controls = new ArrayList<>();

		Node(int index, boolean group) {
			this.index = index;
			this.group = group;
		}
	}
}
