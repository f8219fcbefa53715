/**
 * The rule base: every {@code .drl} file of {@code rules/} compiled into one Drools KieBase that is
 * rebuilt and swapped atomically when an analyst's edit compiles, and kept when it does not. Other
 * modules evaluate facts against it through {@link id.arus.rules.RuleEngine}; rules only decide.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules")
package id.arus.rules;
