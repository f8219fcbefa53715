/**
 * Support tickets: customers open them from the portal (or staff on their behalf), staff work them from a
 * queue with assignment, status and a due time from the priority's SLA. {@link id.arus.support.Tickets} is
 * the API; storage and mails are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support")
package id.arus.support;
