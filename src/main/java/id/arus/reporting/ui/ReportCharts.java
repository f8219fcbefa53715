package id.arus.reporting.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * ECharts options for the reports, built as JSON trees so labels typed by people (plan codes, areas, channels)
 * are escaped properly. Values are whole rupiah or counts.
 */
final class ReportCharts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportCharts() {
    }

    /** Bars per category, one series per entry of {@code series} (series name to values, aligned with categories). */
    static String bars(List<String> categories, Map<String, List<Long>> series) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 90).put("right", 20).put("top", 30).put("bottom", 30);
        ArrayNode names = option.putObject("xAxis").put("type", "category").putArray("data");
        categories.forEach(names::add);
        option.putObject("yAxis").put("type", "value");
        ArrayNode all = option.putArray("series");
        series.forEach((name, values) -> {
            ObjectNode s = all.addObject().put("name", name).put("type", "bar");
            ArrayNode data = s.putArray("data");
            values.forEach(data::add);
        });
        return option.toString();
    }

    /** A ring of shares, e.g. the amount per payment method. */
    static String pie(Map<String, Long> shares) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("legend").put("type", "scroll").put("top", 0);
        ObjectNode series = option.putArray("series").addObject().put("type", "pie");
        series.putArray("radius").add("40%").add("70%");
        series.putArray("center").add("50%").add("58%");
        ArrayNode data = series.putArray("data");
        shares.forEach((name, value) -> data.addObject().put("name", name).put("value", value));
        return option.toString();
    }
}
