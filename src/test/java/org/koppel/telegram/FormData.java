package org.koppel.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** multipart/form-data as the Bot API receives it, turned into the JSON the fake server records. */
final class FormData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormData() {
    }

    /**
     * sendDocument arrives as multipart/form-data: fields become JSON fields (reply_markup parsed),
     * the file named by "attach://" its name and text as document_name and document_content.
     */
    static ObjectNode parse(byte[] raw, String type) throws IOException {
        String boundary = "--" + type.substring(type.indexOf("boundary=") + 9).replace("\"", "");
        String all = new String(raw, StandardCharsets.ISO_8859_1);
        ObjectNode out = JSON.createObjectNode();
        java.util.Map<String, String[]> files = new java.util.HashMap<>();
        for (String part : all.split(java.util.regex.Pattern.quote(boundary))) {
            int split = part.indexOf("\r\n\r\n");
            if (split < 0) {
                continue;
            }
            String head = part.substring(0, split);
            String value = new String(part.substring(split + 4, part.length() - 2).getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.UTF_8);
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]+)\"").matcher(head);
            if (!name.find()) {
                continue;
            }
            java.util.regex.Matcher file = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"").matcher(head);
            if (file.find()) {
                files.put(name.group(1), new String[] {file.group(1), value});
            } else if (name.group(1).equals("reply_markup")) {
                out.set("reply_markup", JSON.readTree(value));
            } else {
                out.put(name.group(1), value);
            }
        }
        // like the Bot API: a field "attach://<part>" names the part that holds its file
        for (String field : iterable(out.fieldNames())) {
            String v = out.path(field).asText();
            if (v.startsWith("attach://") && files.containsKey(v.substring(9))) {
                String[] f = files.get(v.substring(9));
                out.put(field + "_name", f[0]);
                out.put(field + "_content", f[1]);
            }
        }
        return out;
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
