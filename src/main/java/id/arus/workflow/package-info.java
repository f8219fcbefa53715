/**
 * Engine glue: the process engine sees Arus's users and roles, {@code processes/} is deployed with hot
 * reload, and staff work their human tasks from the inbox. Other modules start processes through
 * {@link id.arus.workflow.ProcessStarter}; views read and act on tasks through
 * {@link id.arus.workflow.TaskInbox}, never through the engine's services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package id.arus.workflow;
