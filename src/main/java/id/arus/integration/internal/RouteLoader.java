package id.arus.integration.internal;

import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactLoader;
import id.arus.platform.ArtifactProblem;
import id.arus.platform.ArtifactSource;
import id.arus.platform.LoadResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.springframework.stereotype.Component;

/**
 * Loads the Camel YAML DSL files of {@code routes/} into the running Camel context. Each file owns
 * the routes it declares (by route id): a changed file is parsed completely before anything running
 * is touched, then only its own routes are replaced; a removed file's routes are stopped and removed.
 * If the new routes do not start (an unknown component, a bad option), the file's previous routes
 * are put back from its previous text, so a broken edit costs at most a moment of those routes.
 */
@Component
class RouteLoader implements ArtifactLoader {

    private static final Logger log = LoggerFactory.getLogger(RouteLoader.class);

    private final CamelContext camel;
    /** Accepted files: path -> the text and route ids that run now. */
    private final Map<String, LoadedFile> loaded = new ConcurrentHashMap<>();

    record LoadedFile(ArtifactSource source, List<String> routeIds) {
    }

    RouteLoader(CamelContext camel) {
        this.camel = camel;
    }

    @Override
    public ArtifactKind kind() {
        return ArtifactKind.ROUTE;
    }

    /** Route ids per accepted file, for the health check and the admin screen. */
    Map<String, List<String>> routesByFile() {
        Map<String, List<String>> routes = new LinkedHashMap<>();
        loaded.forEach((path, file) -> routes.put(path, file.routeIds()));
        return routes;
    }

    @Override
    public synchronized Map<String, LoadResult> load(Collection<ArtifactSource> changed, Set<String> removed) {
        for (String path : removed) {
            LoadedFile old = loaded.remove(path);
            if (old != null) {
                stopAndRemove(old.routeIds());
                log.info("Stopped and removed routes {} of removed file routes/{}", old.routeIds(), path);
            }
        }
        Map<String, LoadResult> results = new LinkedHashMap<>();
        for (ArtifactSource source : changed) {
            results.put(source.path(), loadOne(source));
        }
        return results;
    }

    private LoadResult loadOne(ArtifactSource source) {
        List<RouteDefinition> routes;
        try {
            routes = parse(source);
        } catch (Exception e) {
            return LoadResult.rejected(problem(source, e));
        }
        if (routes.isEmpty()) {
            return LoadResult.rejected(new ArtifactProblem(source.displayName(), null, null,
                    "The file declares no route (expected a list of '- route:' entries)"));
        }
        Optional<ArtifactProblem> idProblem = checkIds(source, routes);
        if (idProblem.isPresent()) {
            return LoadResult.rejected(idProblem.get());
        }

        LoadedFile previous = loaded.get(source.path());
        List<String> newIds = routes.stream().map(RouteDefinition::getRouteId).toList();
        if (previous != null) {
            stopAndRemove(previous.routeIds());
        }
        try {
            ((ModelCamelContext) camel).addRouteDefinitions(routes);
            for (String id : newIds) {
                // A route that cannot start is added but left stopped; treat it as broken.
                var status = camel.getRouteController().getRouteStatus(id);
                if (status == null || !status.isStarted()) {
                    throw new IllegalStateException("Route " + id + " did not start");
                }
            }
        } catch (Exception e) {
            stopAndRemove(newIds);
            if (previous != null) {
                restore(previous);
            }
            return LoadResult.rejected(problem(source, e));
        }
        loaded.put(source.path(), new LoadedFile(source, newIds));
        return LoadResult.accepted((newIds.size() == 1 ? "1 route: " : newIds.size() + " routes: ") + String.join(", ", newIds));
    }

    /** Reads the file into route definitions without adding anything to the context. */
    private List<RouteDefinition> parse(ArtifactSource source) throws Exception {
        // The location's extension tells Camel which DSL to use; ".camel.yaml" and ".yml" files are YAML too.
        String location = source.path().endsWith(".yml")
                ? source.path().substring(0, source.path().length() - 4) + ".yaml" : source.path();
        Resource resource = ResourceHelper.fromBytes(location, source.content());
        List<RouteDefinition> routes = new ArrayList<>();
        for (RoutesBuilder builder : PluginHelper.getRoutesLoader(camel).findRoutesBuilders(resource)) {
            if (!(builder instanceof RouteBuilder routeBuilder)) {
                throw new IllegalArgumentException("Unsupported content " + builder.getClass().getSimpleName());
            }
            routes.addAll(routeBuilder.configureRoutes(camel).getRoutes());
            if (!routeBuilder.getRestCollection().getRests().isEmpty()
                    || !routeBuilder.getRouteTemplateCollection().getRouteTemplates().isEmpty()) {
                throw new IllegalArgumentException("Only routes are supported in routes/; rest and route templates are not");
            }
        }
        return routes;
    }

    /** Every route needs an explicit id (it is how a file owns its routes) that no other file or Java route uses. */
    private Optional<ArtifactProblem> checkIds(ArtifactSource source, List<RouteDefinition> routes) {
        Set<String> seen = new HashSet<>();
        Set<String> mine = new HashSet<>(Optional.ofNullable(loaded.get(source.path())).map(LoadedFile::routeIds).orElse(List.of()));
        for (RouteDefinition route : routes) {
            String id = route.getRouteId();
            String from = route.getInput() == null ? "?" : route.getInput().getEndpointUri();
            if (id == null || id.isBlank() || !route.hasCustomIdAssigned()) {
                return Optional.of(new ArtifactProblem(source.displayName(), route.getLineNumber() > 0 ? route.getLineNumber() : null, null,
                        "The route from " + from + " has no id; give every route an id such as 'mikrotik-create-pppoe-secret'"));
            }
            if (!seen.add(id)) {
                return Optional.of(new ArtifactProblem(source.displayName(), null, null, "Route id " + id + " is used twice in this file"));
            }
            if (!mine.contains(id) && camel.getRoute(id) != null) {
                String owner = loaded.entrySet().stream().filter(e -> e.getValue().routeIds().contains(id))
                        .map(e -> "routes/" + e.getKey()).findFirst().orElse("Arus itself");
                return Optional.of(new ArtifactProblem(source.displayName(), null, null,
                        "Route id " + id + " is already used by " + owner));
            }
        }
        return Optional.empty();
    }

    private void restore(LoadedFile previous) {
        try {
            ((ModelCamelContext) camel).addRouteDefinitions(parse(previous.source()));
            log.info("Put back the previous routes {} of routes/{}", previous.routeIds(), previous.source().path());
        } catch (Exception e) {
            // The previous text was accepted once, so this takes a change outside the file (a removed bean).
            log.error("Could not put back the previous routes of routes/{}", previous.source().path(), e);
            loaded.remove(previous.source().path());
        }
    }

    private void stopAndRemove(List<String> routeIds) {
        ModelCamelContext model = (ModelCamelContext) camel;
        for (String id : routeIds) {
            try {
                RouteDefinition definition = model.getRouteDefinition(id);
                if (definition != null) {
                    model.removeRouteDefinition(definition); // stops and removes the running route too
                } else if (camel.getRoute(id) != null) {
                    camel.getRouteController().stopRoute(id);
                    camel.removeRoute(id);
                }
            } catch (Exception e) {
                log.warn("Could not stop route {}: {}", id, e.toString());
            }
        }
    }

    /** The most precise position and message the exception chain offers. */
    static ArtifactProblem problem(ArtifactSource source, Throwable failure) {
        Integer line = null;
        Integer column = null;
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (line == null && t instanceof MarkedYamlEngineException marked) {
                Optional<Mark> mark = marked.getProblemMark().or(marked::getContextMark);
                if (mark.isPresent()) {
                    line = mark.get().getLine() + 1;
                    column = mark.get().getColumn() + 1;
                }
                message = firstLine(marked.getProblem() != null ? marked.getProblem() : marked.getMessage());
            }
            if (t.getCause() == null && message == null) {
                message = firstLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
            }
        }
        if (message == null) {
            message = firstLine(String.valueOf(failure.getMessage()));
        }
        return new ArtifactProblem(source.displayName(), line, column, message);
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
