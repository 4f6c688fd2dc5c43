package org.mizani.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first table of an uploaded CSV or XLSX file into a header and rows of text, refusing
 * what is malformed, oversized or hostile (zip bombs, binary junk, absurd row or cell counts) with
 * a message code the user can read.
 */
public final class TabularFile {

	/** The media type of an XLSX workbook, for exports and checks. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	public static final int MAX_COLUMNS = 100;
	public static final int MAX_CELL_LENGTH = 5_000;
	private static final long MAX_UNZIPPED_BYTES = 100L * 1024 * 1024;
	private static final int MAX_ZIP_ENTRIES = 1_000;

	private TabularFile() {
	}

	/** The rows of a table; {@code number} is the row as the user sees it in their program (header is row 1). */
	public record Table(List<String> header, List<TableRow> rows) {

		public int column(String name) {
			for (int i = 0; i < header.size(); i++) {
				if (header.get(i).equalsIgnoreCase(name)) {
					return i;
				}
			}
			return -1;
		}
	}

	public record TableRow(int number, List<String> cells) {

		public String get(int column) {
			return column < 0 || column >= cells.size() ? "" : cells.get(column);
		}

		boolean isBlank() {
			return cells.stream().allMatch(String::isBlank);
		}
	}

	/** A file that cannot be read as a table; {@code code} is a message key. */
	public static class UnreadableFileException extends RuntimeException {

		private final String code;
		private final Object[] arguments;

		public UnreadableFileException(String code, Object... arguments) {
			super(code);
			this.code = code;
			this.arguments = arguments;
		}

		public String code() {
			return code;
		}

		public Object[] arguments() {
			return arguments;
		}
	}

	/**
	 * What is wrong with a table's header and size before any row is read: a required column missing
	 * (the first {@code required} of {@code columns}), a column nobody asked for, or no rows at all.
	 */
	public static java.util.List<ImportReport.Problem> headerProblems(Table table, java.util.List<String> columns, int required) {
		java.util.List<ImportReport.Problem> problems = new java.util.ArrayList<>();
		for (String column : columns.subList(0, required)) {
			if (table.column(column) < 0) {
				problems.add(new ImportReport.Problem(1, column, "import.column.missing", column));
			}
		}
		for (String column : table.header()) {
			if (!column.isBlank() && !columns.contains(column)) {
				problems.add(new ImportReport.Problem(1, column, "import.column.unknown", column));
			}
		}
		if (problems.isEmpty() && table.rows().isEmpty()) {
			problems.add(new ImportReport.Problem(0, "", "import.file.no-rows"));
		}
		return problems;
	}

	public static Table read(String filename, byte[] content, int maxRows) {
		if (content.length == 0) {
			throw new UnreadableFileException("import.file.empty");
		}
		String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
		boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
		if (name.endsWith(".xlsx")) {
			if (!zip) {
				throw new UnreadableFileException("import.file.not-xlsx");
			}
			return readXlsx(content, maxRows);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			if (zip) {
				throw new UnreadableFileException("import.file.not-csv");
			}
			return readCsv(content, maxRows);
		}
		throw new UnreadableFileException("import.file.type");
	}

	private static Table readCsv(byte[] content, int maxRows) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw new UnreadableFileException("import.file.not-utf8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\0') >= 0) {
			throw new UnreadableFileException("import.file.not-csv");
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
		List<List<String>> records = new ArrayList<>();
		List<Integer> lineNumbers = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				if (records.size() > maxRows) {
					throw new UnreadableFileException("import.file.too-many-rows", maxRows);
				}
				records.add(cells(record.values()));
				lineNumbers.add((int) parser.getCurrentLineNumber());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new UnreadableFileException("import.file.malformed-csv");
		}
		return table(records, lineNumbers, maxRows);
	}

	private static Table readXlsx(byte[] content, int maxRows) {
		checkZip(content);
		List<List<String>> records = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getFirstSheet();
			try (Stream<Row> rows = sheet.openStream()) {
				for (Row row : (Iterable<Row>) rows::iterator) {
					if (records.size() > maxRows) {
						throw new UnreadableFileException("import.file.too-many-rows", maxRows);
					}
					if (row.getCellCount() > MAX_COLUMNS * 10) {
						throw new UnreadableFileException("import.file.too-many-columns", MAX_COLUMNS);
					}
					List<String> values = new ArrayList<>();
					for (int i = 0; i < row.getCellCount(); i++) {
						Cell cell = row.getCell(i);
						values.add(cell == null ? "" : cell.getText());
					}
					records.add(cells(values.toArray(String[]::new)));
					numbers.add(row.getRowNum());
				}
			}
		}
		catch (UnreadableFileException e) {
			throw e;
		}
		catch (Exception e) {
			UnreadableFileException refusal = new UnreadableFileException("import.file.malformed-xlsx");
			refusal.initCause(e);
			throw refusal;
		}
		return table(records, numbers, maxRows);
	}

	/**
	 * Refuses archives that would expand to far more than any real spreadsheet (zip bombs), counting
	 * the bytes actually inflated rather than the sizes the archive claims.
	 */
	private static void checkZip(byte[] content) {
		Path file = null;
		try {
			file = Files.createTempFile("mizani-upload-", ".zip");
			Files.write(file, content);
			long total = 0;
			byte[] buffer = new byte[8192];
			try (ZipFile zip = new ZipFile(file.toFile())) {
				if (zip.size() == 0 || zip.size() > MAX_ZIP_ENTRIES) {
					throw new UnreadableFileException("import.file.malformed-xlsx");
				}
				for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
					if (entry.getName().contains("..")) {
						throw new UnreadableFileException("import.file.malformed-xlsx");
					}
					try (InputStream in = zip.getInputStream(entry)) {
						int read;
						while ((read = in.read(buffer)) > 0) {
							total += read;
							if (total > MAX_UNZIPPED_BYTES) {
								throw new UnreadableFileException("import.file.too-large-unpacked");
							}
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof UnreadableFileException refusal) {
				throw refusal;
			}
			throw new UnreadableFileException("import.file.malformed-xlsx");
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					// a temporary file left behind is removed with the temp folder
				}
			}
		}
	}

	private static List<String> cells(String[] values) {
		List<String> cells = new ArrayList<>(values.length);
		for (String value : values) {
			String v = value == null ? "" : value.strip();
			if (v.length() > MAX_CELL_LENGTH) {
				throw new UnreadableFileException("import.file.cell-too-long", MAX_CELL_LENGTH);
			}
			cells.add(v);
		}
		return cells;
	}

	private static Table table(List<List<String>> records, List<Integer> numbers, int maxRows) {
		if (records.isEmpty()) {
			throw new UnreadableFileException("import.file.empty");
		}
		List<String> header = records.get(0).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
		if (header.size() > MAX_COLUMNS) {
			throw new UnreadableFileException("import.file.too-many-columns", MAX_COLUMNS);
		}
		List<TableRow> rows = new ArrayList<>();
		for (int i = 1; i < records.size(); i++) {
			TableRow row = new TableRow(numbers.get(i), records.get(i));
			if (!row.isBlank()) {
				rows.add(row);
			}
		}
		if (rows.size() > maxRows) {
			throw new UnreadableFileException("import.file.too-many-rows", maxRows);
		}
		return new Table(header, rows);
	}


	/**
	 * Spreadsheet programs run cells that start with = + - @ as formulas (CSV injection); such text
	 * gets a leading apostrophe in every CSV the application writes.
	 */
	public static String csvSafe(String text) {
		if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/** Hands a streamed worksheet's rows to the output every thousand rows, so that memory stays flat. */
	public static void flushEvery1000(org.dhatim.fastexcel.Worksheet sheet, int row) {
		if (row % 1000 == 0) {
			try {
				sheet.flush();
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
	}
}
