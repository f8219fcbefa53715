package id.arus.network.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.arus.monitoring.NasSample;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * ECharts options for a router's samples: line charts over a category axis of times written in the
 * operator's zone (the browser's own zone may differ from the one staff work in).
 */
final class TelemetryCharts {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    record Line(String name, Function<NasSample, Number> value) {
    }

    private TelemetryCharts() {
    }

    /** One line per {@code lines} entry over the samples; a sample without a figure leaves a gap. */
    static String lines(List<NasSample> samples, ZoneId zone, String unit, List<Line> lines) {
        List<String> times = samples.stream().map(s -> TIME.format(s.sampledAt().atZone(zone))).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        for (Line line : lines) {
            List<Number> data = new ArrayList<>(samples.size());
            samples.forEach(s -> data.add(line.value().apply(s)));
            series.add(Map.of("name", line.name(), "type", "line", "showSymbol", false, "connectNulls", false, "data", data));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 60, "right", 16, "top", 32, "bottom", 28));
        option.put("xAxis", Map.of("type", "category", "boundaryGap", false, "data", times));
        option.put("yAxis", Map.of("type", "value", "name", unit, "min", 0));
        option.put("series", series);
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A chart option of numbers and strings is always JSON", e);
        }
    }

    /** The interfaces that appear in any sample, in name order. */
    static List<String> interfaces(List<NasSample> samples) {
        TreeSet<String> names = new TreeSet<>();
        samples.forEach(s -> s.interfaces().forEach(i -> names.add(i.name())));
        return List.copyOf(names);
    }

    /** An interface's rate in a sample, or null (a gap) when the sample has none for it. */
    static Function<NasSample, Number> rate(String name, boolean received) {
        return s -> s.interfaces().stream().filter(i -> i.name().equals(name)).findFirst()
                .map(i -> (Number) (received ? i.rxBps() : i.txBps())).orElse(null);
    }
}
