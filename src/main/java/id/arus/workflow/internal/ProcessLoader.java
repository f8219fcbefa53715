package id.arus.workflow.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactLoader;
import id.arus.platform.ArtifactProblem;
import id.arus.platform.ArtifactSource;
import id.arus.platform.LoadResult;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Deploys {@code processes/} into Camunda, one deployment per file, named after the file so the engine's
 * duplicate filter skips unchanged content (a restart or a touch creates no new version). A file is
 * checked in two steps before anything changes: as XML by our own parser, which gives the line of a
 * typo, then by the engine's BPMN parser inside the deployment transaction, which rolls back on any
 * error. Either way the version deployed earlier stays the latest and keeps starting.
 *
 * <p>The folder watcher already writes {@code artifact.loaded}/{@code artifact.rejected} with the
 * version and the reasons for every file, so this loader audits only what the watcher cannot know:
 * which process definitions a removed file suspended.
 */
@Component
class ProcessLoader implements ArtifactLoader {

    private static final Logger log = LoggerFactory.getLogger(ProcessLoader.class);
    static final String DEPLOYMENT_SOURCE = "arus:processes";
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private final RepositoryService repository;
    private final AuditTrail audit;
    private boolean startupReconciled;

    ProcessLoader(RepositoryService repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Override
    public ArtifactKind kind() {
        return ArtifactKind.PROCESS;
    }

    @Override
    public synchronized Map<String, LoadResult> load(Collection<ArtifactSource> changed, Set<String> removed) {
        if (!startupReconciled && !changed.isEmpty()) {
            // The first batch holds every file in the folder now. A file deleted while Arus was down
            // is never reported as removed, so its definitions are suspended here instead.
            startupReconciled = true;
            Set<String> present = changed.stream().map(ArtifactSource::path).collect(java.util.stream.Collectors.toSet());
            repository.createDeploymentQuery().deploymentSource(DEPLOYMENT_SOURCE).list().stream()
                    .map(Deployment::getName)
                    .filter(name -> name != null && name.startsWith("processes/"))
                    .map(name -> name.substring("processes/".length()))
                    .filter(path -> !present.contains(path))
                    .distinct()
                    .forEach(this::suspend);
        }
        // Removals first: when a process moves to another file, its new home deploys a fresh, active
        // version after the old file's definitions were suspended.
        for (String path : removed) {
            suspend(path);
        }
        Map<String, LoadResult> results = new LinkedHashMap<>();
        for (ArtifactSource source : changed) {
            results.put(source.path(), deploy(source));
        }
        return results;
    }

    private LoadResult deploy(ArtifactSource source) {
        List<String> processIds;
        try {
            processIds = executableProcessIds(source.content());
        } catch (SAXParseException e) {
            return LoadResult.rejected(new ArtifactProblem(source.displayName(), positive(e.getLineNumber()),
                    positive(e.getColumnNumber()), e.getMessage()));
        } catch (Exception e) {
            return LoadResult.rejected(new ArtifactProblem(source.displayName(), null, null, e.getMessage()));
        }
        if (processIds.isEmpty()) {
            return LoadResult.rejected(new ArtifactProblem(source.displayName(), null, null,
                    "No executable process (a <bpmn:process> with isExecutable=\"true\")"));
        }
        try {
            repository.createDeployment()
                    .name(deploymentName(source.path()))
                    .source(DEPLOYMENT_SOURCE)
                    .enableDuplicateFiltering(false)
                    .addString(resourceName(source.path()), source.text())
                    .deploy();
        } catch (ParseException e) {
            return LoadResult.rejected(problems(source, e));
        } catch (ProcessEngineException e) {
            return LoadResult.rejected(new ArtifactProblem(source.displayName(), null, null, e.getMessage()));
        }
        List<String> versions = new ArrayList<>();
        for (String key : processIds) {
            ProcessDefinition latest = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(key).latestVersion().singleResult();
            if (latest == null) {
                continue;
            }
            if (latest.isSuspended()) {
                // The file came back unchanged after a removal: the duplicate filter returned the old,
                // suspended deployment, which must serve again.
                repository.activateProcessDefinitionById(latest.getId());
            }
            versions.add(key + " v" + latest.getVersion());
        }
        return LoadResult.accepted(String.join(", ", versions));
    }

    private void suspend(String path) {
        List<String> deploymentIds = repository.createDeploymentQuery().deploymentName(deploymentName(path)).list()
                .stream().map(Deployment::getId).toList();
        List<String> suspended = new ArrayList<>();
        for (String deploymentId : deploymentIds) {
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery().deploymentId(deploymentId).active().list()) {
                // Running instances go on to the end; only new starts are refused.
                repository.suspendProcessDefinitionById(definition.getId());
                suspended.add(definition.getKey() + " v" + definition.getVersion());
            }
        }
        if (!suspended.isEmpty()) {
            log.info("Suspended {} because processes/{} was removed", suspended, path);
            audit.record(AuditRecord.system("workflow.process.suspended", "processes/" + path)
                    .withAfter(Map.of("suspended", suspended)));
        }
    }

    private static List<ArtifactProblem> problems(ArtifactSource source, ParseException e) {
        List<ArtifactProblem> problems = new ArrayList<>();
        for (ResourceReport report : e.getResorceReports()) {
            report.getErrors().forEach(p -> problems.add(new ArtifactProblem(source.displayName(),
                    positive(p.getLine()), positive(p.getColumn()), stripPosition(p.getMessage()))));
        }
        if (problems.isEmpty()) {
            problems.add(new ArtifactProblem(source.displayName(), null, null, e.getMessage()));
        }
        return problems;
    }

    /** Camunda appends "| resource | line n | column m" to its messages; the problem carries those separately. */
    private static String stripPosition(String message) {
        int bar = message == null ? -1 : message.indexOf(" | ");
        return bar < 0 ? message : message.substring(0, bar).trim();
    }

    private static Integer positive(int value) {
        return value > 0 ? value : null;
    }

    static String deploymentName(String path) {
        return "processes/" + path;
    }

    /** The engine recognises BPMN by the resource suffix. */
    private static String resourceName(String path) {
        return path.endsWith(".bpmn") || path.endsWith(".bpmn20.xml") ? path : path + ".bpmn";
    }

    /**
     * Parses the file as namespace-aware XML with DTDs and external entities refused (an analyst's file is
     * untrusted input) and collects the ids of its executable processes.
     */
    static List<String> executableProcessIds(byte[] content) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        SAXParser parser = factory.newSAXParser();
        List<String> ids = new ArrayList<>();
        parser.parse(new ByteArrayInputStream(content), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (BPMN_NS.equals(uri) && "process".equals(localName)
                        && !"false".equalsIgnoreCase(attributes.getValue("isExecutable"))) {
                    String id = attributes.getValue("id");
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return ids;
    }
}
