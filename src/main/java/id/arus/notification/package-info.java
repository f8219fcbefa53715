/**
 * Outgoing messages: e-mail today (SMTP), SMS/WhatsApp gateways and editable templates later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package id.arus.notification;
