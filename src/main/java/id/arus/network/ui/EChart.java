package id.arus.network.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;

/**
 * An Apache ECharts chart. The library comes from the {@code org.webjars.npm:echarts} jar at run time
 * (no npm build): the first chart on a page adds the script, each chart waits for it (bounded), creates
 * its ECharts instance on its own element, follows the element's size and redraws whenever the server
 * sends a new option. The option is ECharts' own JSON, so anything ECharts can draw can be asked for.
 * Exposed to other modules' screens (the financial reports) as the named interface {@code charts}.
 */
@org.springframework.modulith.NamedInterface("charts")
@Tag("div")
public class EChart extends Component implements HasSize {

    /** Inside the webjar: META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js. */
    static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";

    /** Draws {@code $0} (JSON) once {@code window.echarts} exists; gives up after 200 tries 50 ms apart. */
    private static final String DRAW = """
            const element = this;
            const option = JSON.parse($0);
            let tries = 0;
            const draw = () => {
              if (!window.echarts) {
                if (++tries < 200) { setTimeout(draw, 50); }
                return;
              }
              if (!element.$arusChart) {
                element.$arusChart = window.echarts.init(element);
                new ResizeObserver(() => element.$arusChart && element.$arusChart.resize()).observe(element);
              }
              element.$arusChart.setOption(option, true);
            };
            draw();
            """;

    private String option = "{}";

    public EChart() {
        setWidthFull();
        setHeight("240px");
        getElement().getClassList().add("arus-echart");
    }

    /** Replaces what the chart shows; drawn now when the chart is on a page, else when it arrives there. */
    public void setOption(String optionJson) {
        this.option = optionJson;
        if (isAttached()) {
            draw();
        }
    }

    /** The ECharts option last set, as JSON. */
    public String getOption() {
        return option;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        attach.getUI().getPage().addJavaScript(SCRIPT); // Vaadin loads a script once per page
        draw();
    }

    private void draw() {
        getElement().executeJs(DRAW, option);
    }
}
