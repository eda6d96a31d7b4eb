package org.koppel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an export back. Commons CSV's parser needs commons-io 2.17 or later, but Maven picks 2.16.1
 * through telegrambots-client until pom.xml pins a newer one; until then a strict RFC 4180 reader
 * here does the same job, so the round trip is checked either way.
 */
final class CsvRead {
    private CsvRead() {
    }

    /** The rows after the header, checked to be the expected header; the byte order mark is required. */
    static List<List<String>> rows(String csv, List<String> header) throws IOException {
        assertEquals('\uFEFF', csv.charAt(0), "starts with a byte order mark");
        List<List<String>> all = commonsCanParse() ? commons(csv.substring(1)) : rfc4180(csv.substring(1));
        assertEquals(header, all.get(0));
        return all.subList(1, all.size());
    }

    static boolean commonsCanParse() {
        try {
            Class.forName("org.apache.commons.io.input.UnsynchronizedBufferedReader");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static List<List<String>> commons(String csv) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT)) {
            return p.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    /** Fields split by commas, records by CRLF; a quoted field may hold both, and "" stands for one quote. */
    static List<List<String>> rfc4180(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
