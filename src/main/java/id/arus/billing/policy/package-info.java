/**
 * The facts and decisions of the billing rule files in {@code rules/billing/}: what a late fee and the
 * dunning policy are decided on, and what the rules answer. Plain beans, because DRL constraints read bean
 * properties. Java acts on the decisions (the dunning process); the rules only decide.
 */
package id.arus.billing.policy;
